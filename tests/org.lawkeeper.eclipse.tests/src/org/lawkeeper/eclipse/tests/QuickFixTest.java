package org.lawkeeper.eclipse.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.markers.WorkbenchMarkerResolution;
import org.junit.jupiter.api.Test;

/** The quick fixes, each on a project of its own: the source edit, and the markers after the rebuild. */
class QuickFixTest {
    private static final String RELU_MOMENTUM = "@Conserves(flow = \"momentum:tau=1\", law = \"norm2(U2, rows) + "
            + "norm2(b1, rows) - norm2(U1, cols)^T\")\n";

    @Test
    void removeAppliesToEveryViolatedClaim() throws Exception {
        IProject project = Workbench.project("fix-remove", "TinyRelu", "DeepLinear", "Product");
        IFile relu = project.getFile("src/models/TinyRelu.java");
        IFile linear = project.getFile("src/models/DeepLinear.java");
        IMarker violated = Workbench.only(relu, "violated");
        WorkbenchMarkerResolution remove = (WorkbenchMarkerResolution) resolution(violated, "Remove the violated claim");
        IMarker other = Workbench.only(linear, "violated");
        assertEquals(List.of(other), Arrays.asList(remove.findOtherMarkers(new IMarker[] { violated, other,
                Workbench.only(project.getFile("src/models/Product.java"), "incomplete") })));
        String before = Workbench.read(relu);
        remove.run(new IMarker[] { violated, other }, null);
        assertEquals(before.replace(RELU_MOMENTUM, ""), Workbench.read(relu));
        Workbench.build(project);
        assertEquals(List.of(Workbench.conserved(8, "gf", 4, 36)), Workbench.markers(relu));
        assertEquals(List.of(Workbench.conserved(8, "gf", 6, 4)), Workbench.markers(linear));
    }

    @Test
    void replaceInsertsTheLawsThatHold() throws Exception {
        IProject project = Workbench.project("fix-replace", "DeepLinear");
        IFile file = project.getFile("src/models/DeepLinear.java");
        fix(project, file, Workbench.only(file, "violated"), "Replace with the laws that hold under momentum",
                source -> source.replace("law = \"U1^T*U1 - U2*U2^T\")\npublic",
                        "law = \"skew(U1^T*U1' + U2*U2'^T)\")\npublic"));
        assertEquals(List.of(Workbench.conserved(8, "gf", 6, 4), Workbench.conserved(9, "momentum", 3, 5)),
                Workbench.markers(file));
    }

    @Test
    void addClaimsTheMissingLaws() throws Exception {
        IProject project = Workbench.project("fix-add", "Product");
        IFile file = project.getFile("src/models/Product.java");
        fix(project, file, Workbench.only(file, "incomplete"), "Add the missing laws under gf", source -> source.replace(
                "x[2]^2\")\n", "x[2]^2\")\n@Conserves(flow = \"gf\", law = \"x[3]^2 - x[1]^2\")\n"));
        assertEquals(List.of(Workbench.conserved(8, "gf", 1, 1), Workbench.conserved(9, "gf", 1, 1)),
                Workbench.markers(file));
    }

    @Test
    void aFixAfterAnEditChangesTheClaimWhereItStandsNow() throws Exception {
        IProject project = Workbench.project("fix-after-edit", "TinyRelu");
        IFile file = project.getFile("src/models/TinyRelu.java");
        IMarker violated = Workbench.only(file, "violated");
        // the file changes after the analysis: every offset the marker knew is off by the new lines
        String edited = Workbench.read(file).replace("package models;\n", "package models;\n\n// a note\n// another\n");
        Workbench.write(file, edited);
        resolution(violated, "Remove the violated claim").run(violated);
        assertEquals(edited.replace(RELU_MOMENTUM, ""), Workbench.read(file));
    }

    /** Applies the quick fix {@code label} to {@code marker}, checks the new source, and rebuilds. */
    private static void fix(IProject project, IFile file, IMarker marker, String label, UnaryOperator<String> expected)
            throws Exception {
        String before = Workbench.read(file);
        resolution(marker, label).run(marker);
        assertEquals(expected.apply(before), Workbench.read(file));
        Workbench.build(project);
    }

    private static IMarkerResolution resolution(IMarker marker, String label) {
        IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
        return Arrays.stream(resolutions).filter(r -> r.getLabel().equals(label)).findFirst().orElseThrow(
                () -> new AssertionError(label + " not among " + Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList()));
    }
}
