package org.lawkeeper.eclipse.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.junit.jupiter.api.Test;
import org.lawkeeper.eclipse.core.results.Row.FlowRow;
import org.lawkeeper.eclipse.core.results.Row.LawRow;
import org.lawkeeper.eclipse.core.results.Row.ModelRow;
import org.lawkeeper.eclipse.core.results.Row;
import org.lawkeeper.eclipse.core.results.Rows;

/** The rows of the Conservation Laws view, from analysis results, without any workbench. */
class RowsTest {

    @Test
    void modelsFlowsClaimsAndTheLawsBeyondThem() throws Exception {
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromPortableString("/rows/src/models/Deep.java"));
        List<ModelRow> models = Rows.of(Map.of(file, Sources.analyse(Sources.DEEP)));
        assertEquals(1, models.size());
        List<String> lines = new ArrayList<>();
        models.forEach(model -> collect(model, "", lines));
        String momentum = lines.stream().filter(l -> l.startsWith("  under momentum")).findFirst().orElseThrow();
        assertTrue(momentum.matches("  under momentum \\| 3 \\| complete: 3 independent polynomial laws verified exactly, "
                + "3 laws \\(exact rank 22 of 25 mod p = \\d+ and \\d+\\) \\| claimed 0 of 3 \\| "), momentum);
        assertEquals(List.of("Deep — linear:2,3,2 |  |  | 1/2 claims conserved | ",
                "  under gf | 6 | " + certificate(lines, "  under gf") + " | claimed 6 of 6 | ",
                "    U1ᵀ·U1 − U2·U2ᵀ | 6 | Conserved under gf (certified: ⟨∇h, χ_i⟩ ≡ 0 as a polynomial identity for 6 "
                        + "entries and all 4 generating fields) | conserved | U1, U2",
                momentum,
                "    U1ᵀ·U1 − U2·U2ᵀ |  | " + lines.get(4).split(" \\| ")[2] + " | violated | U1, U2",
                "    skew(U1ᵀ·U1′ + U2·U2′ᵀ) |  | rotations between U1 and U2 | holds (verified) | U1, U2"), lines);
        assertTrue(lines.get(4).split(" \\| ")[2].startsWith("Violated under momentum: drift "), lines.get(4));
        assertEquals("U1 2×3, U2 3×2 (D = 12)", models.get(0).layers());
    }

    @Test
    void lawRowsCarryWhatPlotsAndReportsNeed() throws Exception {
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromPortableString("/rows/src/models/Deep.java"));
        ModelRow model = Rows.of(Map.of(file, Sources.analyse(Sources.DEEP))).get(0);
        FlowRow momentum = (FlowRow) model.children().get(1);
        LawRow claim = (LawRow) momentum.children().get(0);
        LawRow missing = (LawRow) momentum.children().get(1);
        assertEquals(List.of("models.Deep", "momentum", "U1^T*U1 - U2*U2^T"), List.of(claim.type(), claim.flow(), claim.law()));
        assertEquals(Sources.DEEP.indexOf("@Conserves(flow = \"momentum\""), claim.offset());
        assertEquals("skew(U1^T*U1' + U2*U2'^T)", missing.law());
        assertTrue(claim.checkable() && missing.checkable());
    }

    /**
     * A network's layers, residual bodies and experts nested, each with its blocks and those of them that laws
     * involve; each law with its blocks by layer.
     */
    @Test
    void aNetworkShowsItsLayersAndTheBlocksOfEachLaw() throws Exception {
        String source = """
                @LawModel("net:2>residual(dense(2)>pow(2)>dense(2))>moe(experts=2,gate=softmax,dense(2))")
                @Conserves(flow = "gf", law = "sum(G1, cols)")
                class Mixture {}
                """;
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromPortableString("/rows/src/Mixture.java"));
        List<String> lines = new ArrayList<>();
        Rows.of(Map.of(file, Sources.analyse(source))).forEach(model -> collect(model, "", lines));
        assertEquals(List.of(
                "Mixture — net:2>residual(dense(2)>pow(2)>dense(2))>moe(experts=2,gate=softmax,dense(2)) |  |  | "
                        + "1/1 claims conserved | ",
                "  layers: input 1×2 → output 1×2 |  |  |  | ",
                "    residual(dense(2)>pow(2)>dense(2)) |  |  |  | ",
                "      dense(2) |  |  | gf: W1 | W1 2×2",
                "      pow(2) |  |  |  | ",
                "      dense(2) |  |  | gf: W2 | W2 2×2",
                "    moe(experts=2,gate=softmax,dense(2)) |  |  | gf: G1 | G1 2×2",
                "      expert E1 |  |  |  | ",
                "        dense(2) |  |  | gf: none | E1_W1 2×2",
                "      expert E2 |  |  |  | ",
                "        dense(2) |  |  | gf: none | E2_W1 2×2"), lines.subList(0, 11));
        assertEquals(List.of("    sum(G1, cols) | 2 | conserved | G1 in moe(experts=2,gate=softmax,dense(2))",
                "    norm2(W1, rows) − 2·norm2(W2, cols)ᵀ |  | holds (verified) | W1 in dense(2); W2 in dense(2)"),
                lines.subList(12, 14).stream().map(RowsTest::withoutCertificate).toList());
    }

    /** A law's row without its certificate, which names random primes and points. */
    private static String withoutCertificate(String line) {
        List<String> cells = List.of(line.split(" \\| ", -1));
        return String.join(" | ", cells.get(0), cells.get(1), cells.get(3), cells.get(4));
    }

    private static String certificate(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow().split(" \\| ")[2];
    }

    private static void collect(Row row, String indent, List<String> lines) {
        lines.add(indent + String.join(" | ", row.cells()));
        row.children().forEach(child -> collect(child, indent + "  ", lines));
    }
}
