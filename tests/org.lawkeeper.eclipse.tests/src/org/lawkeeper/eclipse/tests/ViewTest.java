package org.lawkeeper.eclipse.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lawkeeper.core.count.CountOptions;
import org.lawkeeper.eclipse.core.LawkeeperCore;
import org.lawkeeper.eclipse.core.jobs.DriftPlot;
import org.lawkeeper.eclipse.core.preferences.LawkeeperPreferences;
import org.lawkeeper.eclipse.core.results.Row;
import org.lawkeeper.eclipse.ui.view.ConservationLawsView;

/** The Conservation Laws view: its rows, and the drift it plots for the selected law — the data, not a picture. */
class ViewTest {
    private static IProject project;
    private ConservationLawsView view;

    @BeforeAll
    static void createProject() throws Exception {
        project = Workbench.project("view", "DeepLinear", "Huge", "Misspelt", "Hyperbola", "SwiGluBlock");
    }

    @BeforeEach
    void showView() throws Exception {
        view = (ConservationLawsView) Workbench.page().showView(ConservationLawsView.ID);
        Workbench.waitUntil("the view's rows", () -> rows().stream().anyMatch(r -> r.startsWith("DeepLinear")));
    }

    @AfterEach
    void fixedSeeds() throws Exception {
        preferences().remove(LawkeeperPreferences.SEED_POLICY);
        preferences().remove(LawkeeperPreferences.PROJECT_SPECIFIC);
        preferences().flush();
    }

    @Test
    void rowsListModelsFlowsAndLaws() {
        List<String> rows = rows();
        String all = String.join("\n", rows);
        assertTrue(rows.contains("DeepLinear — linear:2,3,2 |  |  | 1/2 claims conserved | "), all);
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("  under momentum | 3 | complete: 3 independent polynomial "
                + "laws verified exactly, 3 laws (exact rank 22 of 25 mod p = ") && r.endsWith(" | claimed 0 of 3 | ")), all);
        assertTrue(rows.contains("    skew(U1ᵀ·U1′ + U2·U2′ᵀ) |  | rotations between U1 and U2 | holds (verified) | U1, U2"),
                all);
        assertTrue(rows.contains("Huge — linear:100,100,100 |  |  | " + LargeModelTest.cancelled("linear:100,100,100")
                + " | "), all);
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("    U1^T*W |  | Malformed law under gf: column 6")), all);
        assertTrue(rows.contains("Hyperbola — hyperbola |  |  | 1/1 claims conserved | "), all);
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("  under gf | 1 | complete: 1 independent polynomial law "
                + "verified exactly, 1 law (exact rank 1 of 2 mod p = ")), all);
    }

    @Test
    void aNetworkShowsItsLayersAndTheBlocksOfItsLaws() {
        List<String> rows = rows();
        int model = rows.indexOf("SwiGluBlock — net:3>swiglu(2)>dense(1) |  |  | 1/2 claims conserved | ");
        assertTrue(model >= 0, String.join("\n", rows));
        assertEquals(List.of("  layers: input 1×3 → output 1×1 |  |  |  | ",
                "    swiglu(2) |  |  | gf: C1 | B1 2×3, C1 2×3",
                "    dense(1) |  |  | gf: W1 | W1 1×2"), rows.subList(model + 1, model + 4));
        List<String> laws = rows.subList(model + 5, model + 7);
        assertTrue(laws.get(0).startsWith("    norm2(W1, cols)ᵀ − norm2(C1, rows) | 2 | Conserved under gf (certified: ")
                && laws.get(0).endsWith(" | conserved | C1 in swiglu(2); W1 in dense(1)"), laws.get(0));
        assertTrue(laws.get(1).startsWith("    norm2(W1, cols)ᵀ − norm2(B1, rows) |  | Violated under gf: ")
                && laws.get(1).endsWith(" | violated | B1 in swiglu(2); W1 in dense(1)"), laws.get(1));
        TreeViewer viewer = view.viewer();
        TreeItem layers = find(find(ours(viewer.getTree().getItems()), "SwiGluBlock").getItems(), "layers");
        viewer.getTree().setSelection(find(layers.getItems(), "swiglu(2)"));
        viewer.setSelection(viewer.getSelection());
        assertEquals("swiglu(2)\n\nBlocks: B1 2×3, C1 2×3\nBlocks in laws that hold — gf: C1", view.panelText());
        assertTrue(view.plotted().isEmpty(), "a layer has no drift to plot");
    }

    @Test
    void aViolatedLawDriftsAndAConservedOneStaysFlat() throws Exception {
        DriftPlot violated = plot("DeepLinear", "under momentum", "U1ᵀ·U1 − U2·U2ᵀ");
        assertEquals("momentum", violated.flow());
        assertEquals("U1^T*U1 - U2*U2^T", violated.law());
        assertTrue(violated.times().length > 20, "a densely sampled trajectory");
        assertEquals(0, violated.drift()[0]);
        assertTrue(violated.maxDrift() > 1e-4, "the momentum trajectory moves the law: " + violated.maxDrift());
        DriftPlot conserved = plot("DeepLinear", "under gf", "U1ᵀ·U1 − U2·U2ᵀ");
        assertTrue(conserved.maxDrift() < 1e-8, "gradient flow keeps it: " + conserved.maxDrift());
        IWorkbenchPartReference reference = Workbench.page().getReference(view);
        Workbench.page().setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
        try {
            Workbench.screenshot(Workbench.shell(), "conservation-laws-view");
        } finally {
            Workbench.page().setPartState(reference, IWorkbenchPage.STATE_RESTORED);
        }
    }

    @Test
    void customModelsArePlottedToo() {
        DriftPlot plot = plot("Hyperbola", "under gf", "x[1]² − x[2]²");
        assertEquals("x[1]^2 - x[2]^2", plot.law());
        assertTrue(plot.maxDrift() < 1e-8, "a conserved law of a model defined in code: " + plot.maxDrift());
    }

    @Test
    void plotsFollowTheProjectsSeedPolicy() throws Exception {
        assertEquals(CountOptions.DEFAULT_SEED, plot("DeepLinear", "under gf", "U1ᵀ·U1 − U2·U2ᵀ").seed());
        preferences().putBoolean(LawkeeperPreferences.PROJECT_SPECIFIC, true);
        preferences().put(LawkeeperPreferences.SEED_POLICY, LawkeeperPreferences.SEED_RANDOM);
        preferences().flush();
        assertNotEquals(CountOptions.DEFAULT_SEED, plot("DeepLinear", "under gf", "U1ᵀ·U1 − U2·U2ᵀ").seed());
    }

    private static IEclipsePreferences preferences() {
        return new ProjectScope(project).getNode(LawkeeperCore.PLUGIN_ID);
    }

    /** Selects the law row {@code law} under {@code flow} of {@code model} and waits for its plot. */
    private DriftPlot plot(String model, String flow, String law) {
        TreeViewer viewer = view.viewer();
        viewer.setSelection(StructuredSelection.EMPTY); // a fresh selection, so that no earlier plot is taken for this one
        viewer.expandAll();
        TreeItem item = find(find(find(ours(viewer.getTree().getItems()), model).getItems(), flow).getItems(), law);
        viewer.getTree().setSelection(item);
        viewer.setSelection(viewer.getSelection());
        Workbench.waitUntil("the drift plot of " + law + " " + flow, () -> view.plotted().isPresent());
        return view.plotted().orElseThrow();
    }

    private static TreeItem find(TreeItem[] items, String prefix) {
        for (TreeItem item : items) {
            if (item.getText(0).startsWith(prefix)) {
                return item;
            }
        }
        throw new AssertionError("no row " + prefix);
    }

    private List<String> rows() {
        TreeViewer viewer = view.viewer();
        viewer.expandAll();
        List<String> rows = new ArrayList<>();
        for (TreeItem item : ours(viewer.getTree().getItems())) {
            collect(item, "", rows);
        }
        return rows;
    }

    /** The model rows of this test's project: the view shows the whole workspace. */
    private static TreeItem[] ours(TreeItem[] models) {
        return Arrays.stream(models).filter(item -> item.getData() instanceof Row row
                && row.file().getProject().equals(project)).toArray(TreeItem[]::new);
    }

    private static void collect(TreeItem item, String indent, List<String> rows) {
        List<String> cells = new ArrayList<>();
        for (int column = 0; column < item.getParent().getColumnCount(); column++) {
            cells.add(item.getText(column));
        }
        rows.add(indent + String.join(" | ", cells));
        for (TreeItem child : item.getItems()) {
            collect(child, indent + "  ", rows);
        }
    }
}
