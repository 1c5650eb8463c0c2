package org.lawkeeper.claims.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.lawkeeper.claims.scan.Declaration;
import org.lawkeeper.claims.scan.DeclarationScanner;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.Limits;

/** A result kept while its file was edited elsewhere marks the declaration where it stands now. */
class DeclarationResultTest {
    private static final String MODEL = """
            @LawModel("linear:2,2,2")
            @Conserves(flow = "gf", law = "U1^T*U1 - U2*U2^T")
            @Conserves(flow = "momentum", law = "U1^T*U1 - U2*U2^T")
            class A {}
            """;

    private static DeclarationResult analyse(Declaration declaration) throws Exception {
        return new DeclarationAnalyzer(new AnalysisCache(), new AnalysisSettings(Duration.ofSeconds(30), 1, true, 1e-9, 5),
                Cancellation.none(), d -> {
                    throw new AssertionError("not a custom model");
                }, Limits.DEFAULT).analyse(declaration);
    }

    @Test
    void aKeptResultMovesWithItsDeclaration() throws Exception {
        Declaration before = DeclarationScanner.scan(MODEL).get(0);
        DeclarationResult result = analyse(before);
        Declaration after = DeclarationScanner.scan("// two lines\n// above it\n" + MODEL).get(0);

        DeclarationResult moved = result.at(after);
        assertEquals(after, moved.declaration());
        assertEquals(4, moved.claims().get(0).claim().line());
        assertEquals(5, moved.claims().get(1).claim().line());
        for (int i = 0; i < 2; i++) {
            assertEquals(result.claims().get(i).outcome(), moved.claims().get(i).outcome());
        }
        assertEquals(result.flows(), moved.flows());
    }

    @Test
    void anotherDeclarationIsRefused() throws Exception {
        Declaration two = DeclarationScanner.scan(MODEL).get(0);
        Declaration one = DeclarationScanner.scan(MODEL.replaceFirst("@Conserves\\(flow = \"gf\"[^\\n]*\\n", "")).get(0);
        DeclarationResult result = analyse(two);
        assertThrows(IllegalArgumentException.class, () -> result.at(one));
    }
}
