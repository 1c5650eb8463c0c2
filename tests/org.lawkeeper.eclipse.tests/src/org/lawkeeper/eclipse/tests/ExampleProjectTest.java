package org.lawkeeper.eclipse.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.markers.WorkbenchMarkerResolution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.lawkeeper.core.count.CountOptions;
import org.lawkeeper.eclipse.core.analysis.AnalysisCache;
import org.lawkeeper.eclipse.core.analysis.AnalysisResults;
import org.lawkeeper.eclipse.core.analysis.AnalysisSettings;
import org.lawkeeper.eclipse.core.analysis.DeclarationResult;
import org.lawkeeper.eclipse.core.markers.LawkeeperMarkers;
import org.lawkeeper.eclipse.ui.examples.ExampleProject;
import org.lawkeeper.eclipse.ui.hover.ClaimHover;
import org.lawkeeper.eclipse.ui.preferences.LawkeeperPreferencePage;
import org.lawkeeper.eclipse.ui.preferences.LawkeeperPropertyPage;
import org.lawkeeper.eclipse.ui.view.ConservationLawsView;
import org.lawkeeper.eclipse.ui.view.ReportExport;

/**
 * The example project in a real workbench: exact markers, hover, view, incremental re-analysis and
 * the quick fixes, in this order (later tests edit the sources earlier ones check).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExampleProjectTest {
    private static final String VIOLATED_RELU = "Violated under momentum:tau=1: drift ";
    private static final String VIOLATED_LINEAR = "Violated under momentum: drift ";
    /** Drift values and witnesses vary with the numbers; the shrunk architecture and the exact part do not. */
    private static final String EVIDENCE = "\\d\\.\\de[-+]\\d\\d at t = \\d+\\.\\d\\d on %s \\(seed \\d+\\); exact: %s.*";

    private static IProject project;

    @BeforeAll
    static void importAndBuild() throws Exception {
        Workbench.fillScreen();
        project = ExampleProject.create(ExampleProject.NAME, null);
        Workbench.build(project);
    }

    private static IFile model(String name) {
        return project.getFile("src/models/" + name + ".java");
    }

    @Test
    @Order(1)
    void markersAreExact() throws Exception {
        assertEquals(List.of(
                Workbench.conserved(8, "gf", 4, 36),
                "problem error 9: " + VIOLATED_RELU), prefixes(Workbench.markers(model("TinyRelu")), 1, VIOLATED_RELU));
        assertEquals(List.of(
                Workbench.conserved(8, "gf", 6, 4),
                "problem error 9: " + VIOLATED_LINEAR,
                "problem info 9: 3 laws exist under momentum, you claimed 0 — see the Conservation Laws view"),
                prefixes(Workbench.markers(model("DeepLinear")), 1, VIOLATED_LINEAR));
        assertEquals(List.of(
                Workbench.conserved(8, "gf", 1, 1),
                "problem info 8: 2 laws exist under gf, you claimed 1 — see the Conservation Laws view"),
                Workbench.markers(model("Product")));
        assertEquals(List.of("problem error 8: Malformed law under gf: column 6: unknown block 'W' (blocks of linear:2,3,2: U1, U2)",
                "problem info 8: 6 laws exist under gf, you claimed 0 — see the Conservation Laws view"),
                Workbench.markers(model("Misspelt")));
        assertEquals(List.of("problem warning 7: linear:100,100,100 is too large to analyse: model linear:100,100,100 has state "
                + "dimension 20000, above the limit 4000"), Workbench.markers(model("Huge")));
        assertEquals(List.of(Workbench.conserved(13, "gf", 1, 1)), Workbench.markers(model("Hyperbola")),
                "defined in a separate JVM");
    }

    @Test
    @Order(1)
    void violationsShowTheHarnessDriftOnTheSmallestArchitecture() throws Exception {
        String relu = violated(model("TinyRelu")).getAttribute(IMarker.MESSAGE, "");
        assertTrue(relu.matches(VIOLATED_RELU + String.format(EVIDENCE, "relu:1,1,1\\+bias",
                "entry \\[1\\] changes along the drift χ_0: ⟨∇h, χ⟩ = ")), relu);
        String linear = violated(model("DeepLinear")).getAttribute(IMarker.MESSAGE, "");
        assertTrue(linear.matches(VIOLATED_LINEAR + String.format(EVIDENCE, "linear:1,1,1",
                "entry \\[1,1\\] changes along the drift χ_0: ⟨∇h, χ⟩ = ")), linear);
    }

    @Test
    @Order(2)
    void malformedLawMarkerPointsAtTheColumn() throws Exception {
        IMarker marker = only(model("Misspelt"), LawkeeperMarkers.KIND_MALFORMED);
        String source = Workbench.read(model("Misspelt"));
        int start = marker.getAttribute(IMarker.CHAR_START, -1);
        assertEquals("W", source.substring(start, marker.getAttribute(IMarker.CHAR_END, -1)));
    }

    @Test
    @Order(3)
    void hoverShowsTheLawsThatHoldInReadableForm() throws Exception {
        IFile file = model("DeepLinear");
        String source = Workbench.read(file);
        String hover = ClaimHover.text(file, source.indexOf("@Conserves(flow = \"momentum\"") + 3);
        assertNotNull(hover);
        assertTrue(hover.startsWith(VIOLATED_LINEAR), hover);
        assertTrue(hover.contains("\n\nlinear:2,3,2 under momentum: complete: 3 independent polynomial laws verified "
                + "exactly, 3 laws (exact rank 22 of 25 mod p = "), hover);
        assertTrue(hover.contains("\nLaws that hold under momentum:\n  skew(U1ᵀ·U1′ + U2·U2′ᵀ) = const"), hover);
        assertEquals(null, ClaimHover.text(file, source.indexOf("package")));
    }

    @Test
    @Order(4)
    void editorShowsTheMarkers() throws Exception {
        Workbench.page().showView(IPageLayout.ID_PROBLEM_VIEW);
        IDE.openEditor(Workbench.page(), model("DeepLinear"));
        Workbench.processEvents(1500); // the Problems view refreshes on a delay
        assertTrue(Workbench.screenshot("editor-with-markers").length() > 0);
    }

    @Test
    @Order(5)
    void viewListsModelsFlowsAndLaws() throws Exception {
        ConservationLawsView view = (ConservationLawsView) Workbench.page().showView(ConservationLawsView.ID);
        Workbench.processEvents(200);
        TreeViewer viewer = view.viewer();
        viewer.expandAll();
        List<String> rows = new ArrayList<>();
        for (TreeItem item : viewer.getTree().getItems()) {
            collect(item, "", rows);
        }
        String all = String.join("\n", rows);
        assertTrue(rows.contains("DeepLinear — linear:2,3,2 |  |  | 1/2 claims conserved"), all);
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("  under momentum | 3 | complete: 3 independent polynomial "
                + "laws verified exactly, 3 laws (exact rank 22 of 25 mod p = ") && r.endsWith(" | claimed 0 of 3")), all);
        assertTrue(rows.contains("    skew(U1ᵀ·U1′ + U2·U2′ᵀ) |  | " + rows.stream()
                .filter(r -> r.startsWith("  under momentum")).findFirst().orElseThrow().split(" \\| ")[2]
                + " | holds (verified)"), all);
        assertTrue(rows.contains("Huge — linear:100,100,100 |  |  | linear:100,100,100 is too large to analyse: model "
                + "linear:100,100,100 has state dimension 20000, above the limit 4000"), all);
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("    U1ᵀ·W |  | Malformed law under gf: column 6")), all);
        assertTrue(rows.contains("Hyperbola — hyperbola |  |  | 1/1 claims conserved"), all);
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("  under gf | 1 | complete: 1 independent polynomial law "
                + "verified exactly, 1 law (exact rank 1 of 2 mod p = ")), all);
        viewer.getTree().setSelection(viewer.getTree().getItem(0).getItem(1).getItem(0));
        viewer.setSelection(viewer.getSelection());
        Workbench.processEvents(4000); // the drift is integrated in a job
        IWorkbenchPartReference reference = Workbench.page().getReference(view);
        Workbench.page().setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
        try {
            assertTrue(Workbench.screenshot("conservation-laws-view").length() > 0);
        } finally {
            Workbench.page().setPartState(reference, IWorkbenchPage.STATE_RESTORED);
        }
    }

    private static void collect(TreeItem item, String indent, List<String> rows) {
        rows.add(indent + String.join(" | ", item.getText(0), item.getText(1), item.getText(2), item.getText(3)));
        for (TreeItem child : item.getItems()) {
            collect(child, indent + "  ", rows);
        }
    }

    @Test
    @Order(6)
    void editingAClaimReanalysesOnlyThatClaim() throws Exception {
        Set<Long> untouched = List.of("TinyRelu", "DeepLinear", "Product", "Huge", "Hyperbola").stream()
                .flatMap(name -> ids(model(name)).stream()).collect(Collectors.toSet());
        long computations = AnalysisCache.workspace().computations();
        IFile file = model("Misspelt");
        Workbench.write(file, Workbench.read(file).replace("U1^T*W", "tr(U1^T*U1 - U2*U2^T)"));
        Workbench.build(project);
        assertEquals(List.of(Workbench.conserved(8, "gf", 1, 4),
                "problem info 8: 6 laws exist under gf, you claimed 1 — see the Conservation Laws view"), Workbench.markers(file));
        assertEquals(1, AnalysisCache.workspace().computations() - computations,
                "one new claim; its flow's count is shared with DeepLinear");
        Set<Long> after = List.of("TinyRelu", "DeepLinear", "Product", "Huge", "Hyperbola").stream()
                .flatMap(name -> ids(model(name)).stream()).collect(Collectors.toSet());
        assertEquals(untouched, after, "the markers of the other files were not rewritten");
    }

    private static List<Long> ids(IFile file) {
        List<Long> ids = new ArrayList<>();
        Workbench.find(file, LawkeeperMarkers.PROBLEM).forEach(m -> ids.add(m.getId()));
        Workbench.find(file, LawkeeperMarkers.CONSERVED).forEach(m -> ids.add(m.getId()));
        return ids;
    }

    @Test
    @Order(7)
    void removeFixAppliesToEveryViolatedClaim() throws Exception {
        IMarker relu = violated(model("TinyRelu"));
        WorkbenchMarkerResolution remove = (WorkbenchMarkerResolution) resolution(relu, "Remove the violated claim");
        assertEquals(List.of(violated(model("DeepLinear"))), Arrays.asList(remove.findOtherMarkers(
                new IMarker[] { relu, violated(model("DeepLinear")), incomplete(model("Product")) })));
        String before = Workbench.read(model("TinyRelu"));
        remove.run(relu);
        assertEquals(before.replace("@Conserves(flow = \"momentum:tau=1\", law = \"norm2(U2, rows) + norm2(b1, rows) - "
                + "norm2(U1, cols)^T\")\n", ""), Workbench.read(model("TinyRelu")));
        Workbench.build(project);
        assertEquals(List.of(Workbench.conserved(8, "gf", 4, 36)), Workbench.markers(model("TinyRelu")));
    }

    @Test
    @Order(8)
    void replaceFixInsertsTheLawsThatHold() throws Exception {
        IFile file = model("DeepLinear");
        fix(file, violated(file), "Replace with the laws that hold under momentum", source -> source.replace(
                "law = \"U1^T*U1 - U2*U2^T\")\npublic", "law = \"skew(U1^T*U1' + U2*U2'^T)\")\npublic"));
        assertEquals(List.of(
                Workbench.conserved(8, "gf", 6, 4),
                Workbench.conserved(9, "momentum", 3, 5)),
                Workbench.markers(file));
    }

    @Test
    @Order(9)
    void addFixClaimsTheMissingLaws() throws Exception {
        IFile file = model("Product");
        fix(file, incomplete(file), "Add the missing laws under gf", source -> source.replace("x[2]^2\")\n",
                "x[2]^2\")\n@Conserves(flow = \"gf\", law = \"x[3]^2 - x[1]^2\")\n"));
        assertEquals(List.of(
                Workbench.conserved(8, "gf", 1, 1),
                Workbench.conserved(9, "gf", 1, 1)),
                Workbench.markers(file));
    }

    @Test
    @Order(10)
    void reportOfALawUnderEveryClaimedFlow() throws Exception {
        IFile file = model("DeepLinear");
        DeclarationResult result = AnalysisResults.workspace().snapshot().get(file).get(0);
        AnalysisSettings settings = new AnalysisSettings(Duration.ofSeconds(30), CountOptions.DEFAULT_SEED, 1e-9, 3, true);
        IFile report = ReportExport.export(file, result, "U1^T*U1 - U2*U2^T", settings, null);
        String html = Workbench.read(report);
        assertTrue(html.contains("Lawkeeper check: U1^T*U1 - U2*U2^T on linear:2,3,2"), html);
        assertTrue(html.contains("momentum") && html.contains("<svg"), "one drift plot per claimed flow");
    }

    @Test
    @Order(11)
    void preferenceAndPropertyPagesOpen() throws Exception {
        PreferenceDialog preferences = PreferencesUtil.createPreferenceDialogOn(Workbench.shell(),
                "org.lawkeeper.eclipse.ui.preferences", null, null);
        showAndClose(preferences, LawkeeperPreferencePage.class, "preferences");
        PreferenceDialog properties = PreferencesUtil.createPropertyDialogOn(Workbench.shell(), project,
                "org.lawkeeper.eclipse.ui.properties", null, null);
        showAndClose(properties, LawkeeperPropertyPage.class, "project-properties");
    }

    private static void showAndClose(PreferenceDialog dialog, Class<?> page, String screenshot) {
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Workbench.processEvents(300);
            assertTrue(page.isInstance(dialog.getSelectedPage()), String.valueOf(dialog.getSelectedPage()));
            Workbench.screenshotOf(dialog.getShell(), screenshot);
        } finally {
            dialog.close();
        }
    }

    /** Applies the quick fix {@code label} to {@code marker}, checks the new source, and rebuilds. */
    private static void fix(IFile file, IMarker marker, String label, UnaryOperator<String> expected) throws Exception {
        String before = Workbench.read(file);
        resolution(marker, label).run(marker);
        assertEquals(expected.apply(before), Workbench.read(file));
        Workbench.build(project);
    }

    private static IMarker violated(IFile file) {
        return only(file, LawkeeperMarkers.KIND_VIOLATED);
    }

    private static IMarker incomplete(IFile file) {
        return only(file, LawkeeperMarkers.KIND_INCOMPLETE);
    }

    private static IMarker only(IFile file, String kind) {
        List<IMarker> found = Workbench.find(file, LawkeeperMarkers.PROBLEM).stream()
                .filter(m -> kind.equals(m.getAttribute(LawkeeperMarkers.KIND, ""))).toList();
        assertEquals(1, found.size(), () -> file.getName() + ": " + found);
        return found.get(0);
    }

    private static IMarkerResolution resolution(IMarker marker, String label) {
        IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
        return Arrays.stream(resolutions).filter(r -> r.getLabel().equals(label)).findFirst().orElseThrow(
                () -> new AssertionError(label + " not among " + Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList()));
    }

    /** {@code markers} with the one at {@code index} cut to {@code prefix} when it starts with it (witness values vary). */
    private static List<String> prefixes(List<String> markers, int index, String prefix) {
        List<String> cut = new ArrayList<>(markers);
        if (index < cut.size() && cut.get(index).contains(prefix)) {
            cut.set(index, cut.get(index).substring(0, cut.get(index).indexOf(prefix) + prefix.length()));
        }
        return cut;
    }
}
