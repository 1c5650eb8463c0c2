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
                + "3 laws \\(exact rank 22 of 25 mod p = \\d+ and \\d+\\) \\| claimed 0 of 3"), momentum);
        assertEquals(List.of("Deep — linear:2,3,2 |  |  | 1/2 claims conserved",
                "  under gf | 6 | " + certificate(lines, "  under gf") + " | claimed 6 of 6",
                "    U1ᵀ·U1 − U2·U2ᵀ | 6 | Conserved under gf (certified: ⟨∇h, χ_i⟩ ≡ 0 as a polynomial identity for 6 "
                        + "entries and all 4 generating fields) | conserved",
                momentum,
                "    U1ᵀ·U1 − U2·U2ᵀ |  | " + lines.get(4).split(" \\| ")[2] + " | violated",
                "    skew(U1ᵀ·U1′ + U2·U2′ᵀ) |  | rotations between U1 and U2 | holds (verified)"), lines);
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

    private static String certificate(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow().split(" \\| ")[2];
    }

    private static void collect(Row row, String indent, List<String> lines) {
        lines.add(indent + String.join(" | ", row.cells()));
        List<Row> children = switch (row) {
            case ModelRow m -> m.children();
            case FlowRow f -> f.children();
            case LawRow l -> List.of();
        };
        children.forEach(child -> collect(child, indent + "  ", lines));
    }
}
