package org.lawkeeper.claims.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Declarations found in source text, without compiling or running it. */
class DeclarationScannerTest {

    @Test
    void findsModelsClaimsLinesAndOffsets() {
        String source = """
                package p;

                @org.lawkeeper.api.LawModel(value = "linear:2,3,2")
                @Conserves.List({ @Conserves(flow = "gf", law = "U1^T*U1"), @Conserves(flow = "nesterov", law = LAW) })
                class A {
                    @LawModel("product:2") @Conserves(flow = "gf", law = "x[1]^2 - x[2]^2")
                    static class B implements ModelDefinition {}
                }
                class C {}
                """;
        List<Declaration> found = DeclarationScanner.scan(source);
        assertEquals(List.of("A", "B"), found.stream().map(Declaration::typeName).toList());
        Declaration a = found.get(0);
        assertEquals("linear:2,3,2", a.modelSpec());
        assertEquals(3, a.line());
        assertEquals(2, a.claims().size());
        Claim first = a.claims().get(0);
        assertEquals(4, first.line());
        assertEquals("U1^T*U1", source.substring(first.lawStart(), first.lawStart() + first.law().length()));
        assertNull(a.claims().get(1).law(), "a constant is not evaluated");
        Declaration b = found.get(1);
        assertTrue(b.custom());
        assertEquals("p.A$B", b.binaryName());
        assertEquals("    ", b.indent());
        assertEquals("@Conserves(flow = \"gf\", law = \"x[1]^2 - x[2]^2\")",
                source.substring(b.claims().get(0).annotationStart(), b.insertAt()));
    }

    @Test
    void sourcesWithoutDeclarationsAreNotParsed() {
        assertEquals(List.of(), DeclarationScanner.scan("class Plain { String s = \"LawModel\"; }"));
        assertEquals(List.of(), DeclarationScanner.scan("class Broken {"));
    }
}
