package org.lawkeeper.eclipse.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lawkeeper.eclipse.ui.hover.ClaimHover;

/**
 * The example project's markers, hovers and editor annotations: exact verdicts at the right lines and
 * columns. The tests only read the project, so they share it and run in any order.
 */
class MarkersTest {
    private static final String VIOLATED_RELU = "Violated under momentum:tau=1: drift ";
    private static final String VIOLATED_LINEAR = "Violated under momentum: drift ";
    /** Drift values and witnesses vary with the numbers; the shrunk architecture and the exact part do not. */
    private static final String EVIDENCE = "\\d\\.\\de[-+]\\d\\d at t = \\d+\\.\\d\\d on %s \\(seed \\d+\\); exact: %s.*";

    private static IProject project;

    @BeforeAll
    static void importAndBuild() throws Exception {
        Workbench.fillScreen();
        project = Workbench.project("markers");
    }

    private static IFile model(String name) {
        return project.getFile("src/models/" + name + ".java");
    }

    @Test
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
        assertEquals(List.of("problem info 7: " + LargeModelTest.cancelled("linear:100,100,100")),
                Workbench.markers(model("Huge")), "its background analysis was cancelled by the test");
        assertEquals(List.of(Workbench.conserved(13, "gf", 1, 1)), Workbench.markers(model("Hyperbola")),
                "defined in a separate JVM");
    }

    @Test
    void violationsShowTheHarnessDriftOnTheSmallestArchitecture() throws Exception {
        String relu = Workbench.only(model("TinyRelu"), "violated").getAttribute(IMarker.MESSAGE, "");
        assertTrue(relu.matches(VIOLATED_RELU + String.format(EVIDENCE, "relu:1,1,1\\+bias",
                "entry \\[1\\] changes along the drift χ_0: ⟨∇h, χ⟩ = ")), relu);
        String linear = Workbench.only(model("DeepLinear"), "violated").getAttribute(IMarker.MESSAGE, "");
        assertTrue(linear.matches(VIOLATED_LINEAR + String.format(EVIDENCE, "linear:1,1,1",
                "entry \\[1,1\\] changes along the drift χ_0: ⟨∇h, χ⟩ = ")), linear);
    }

    @Test
    void aNetworksClaimsAreMarkedAndItsHoverShowsTheLawsThatHold() throws Exception {
        IFile file = model("SwiGluBlock");
        List<String> markers = Workbench.markers(file);
        assertEquals(2, markers.size(), markers.toString());
        assertTrue(markers.get(0).startsWith("conserved - 12: Conserved under gf (certified: ⟨∇h, χ_{x,w}⟩ vanished at 8 "
                + "random points"), markers.get(0));
        assertTrue(markers.get(1).startsWith("problem error 13: Violated under gf: "), markers.get(1));
        assertTrue(markers.get(1).contains("entry [1] changes along χ_{x,w}: "),
                "the exact reason, whether or not a drifting trajectory was found too: " + markers.get(1));
        String source = Workbench.read(file);
        String hover = ClaimHover.text(file, source.indexOf("norm2(B1, rows)"));
        assertNotNull(hover);
        assertTrue(hover.startsWith("Violated under gf: "), hover);
        assertTrue(hover.contains("\nLaws that hold under gf:\n  norm2(W1, cols)ᵀ − norm2(C1, rows) = const"), hover);
    }

    @Test
    void malformedLawMarkerPointsAtTheColumn() throws Exception {
        IMarker marker = Workbench.only(model("Misspelt"), "malformed");
        String source = Workbench.read(model("Misspelt"));
        int start = marker.getAttribute(IMarker.CHAR_START, -1);
        assertEquals("W", source.substring(start, marker.getAttribute(IMarker.CHAR_END, -1)));
    }

    @Test
    void hoverShowsTheLawsThatHoldInReadableForm() throws Exception {
        IFile file = model("DeepLinear");
        String source = Workbench.read(file);
        String hover = ClaimHover.text(file, source.indexOf("@Conserves(flow = \"momentum\"") + 3);
        assertNotNull(hover);
        assertTrue(hover.startsWith(VIOLATED_LINEAR), hover);
        assertTrue(hover.contains("\n\nlinear:2,3,2 under momentum: complete: 3 independent polynomial laws verified "
                + "exactly, 3 laws (exact rank 22 of 25 mod p = "), hover);
        assertTrue(hover.contains("\nLaws that hold under momentum:\n  skew(U1ᵀ·U1′ + U2·U2′ᵀ) = const"), hover);
        assertNull(ClaimHover.text(file, source.indexOf("package")));
    }

    @Test
    void theEditorShowsLawkeeperAnnotationsOnTheClaims() throws Exception {
        Workbench.page().showView(IPageLayout.ID_PROBLEM_VIEW);
        IEditorPart editor = IDE.openEditor(Workbench.page(), model("DeepLinear"));
        try {
            ITextEditor text = (ITextEditor) editor;
            IAnnotationModel annotations = text.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
            Workbench.waitUntil("Lawkeeper annotations in the editor", () -> Workbench.annotationTypes(annotations).containsAll(
                    List.of("org.lawkeeper.eclipse.ui.conserved", "org.lawkeeper.eclipse.ui.error", "org.lawkeeper.eclipse.ui.info")));
            Workbench.screenshot(Workbench.shell(), "editor-with-markers");
        } finally {
            Workbench.page().closeEditor(editor, false);
        }
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
