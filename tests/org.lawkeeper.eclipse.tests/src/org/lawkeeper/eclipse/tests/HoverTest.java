package org.lawkeeper.eclipse.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jdt.ui.JavaUI;
import org.eclipse.jdt.ui.PreferenceConstants;
import org.eclipse.jdt.ui.text.IJavaPartitions;
import org.eclipse.jdt.ui.text.JavaSourceViewerConfiguration;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension2;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ConfigurationElementSorter;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.lawkeeper.eclipse.ui.hover.ClaimHover;

/**
 * The hover a person sees over a claim in the Java editor. JDT's combined hover asks every contributed hover
 * in turn and shows the first answer; its problem hover answers for every error and warning annotation with
 * the bare marker message. Lawkeeper's hover, with the laws that hold and the certificate, must come first.
 */
class HoverTest {
    private static final String HOVERS = "org.eclipse.jdt.ui.javaEditorTextHovers";
    private static final String LAWKEEPER = "org.lawkeeper.eclipse.ui.hover";
    private static final String PROBLEM = "org.eclipse.jdt.ui.ProblemHover";

    @Test
    void theJavaEditorShowsLawkeepersHoverOverAViolatedClaim() throws Exception {
        IProject project = Workbench.project("hover", "DeepLinear");
        IFile file = project.getFile("src/models/DeepLinear.java");
        int claim = Workbench.read(file).indexOf("@Conserves(flow = \"momentum\"") + 3;
        IEditorPart editor = IDE.openEditor(Workbench.page(), file);
        try {
            ISourceViewer viewer = (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
            Workbench.waitUntil("the error annotation of the violated claim", () -> Workbench.annotationTypes(
                    viewer.getAnnotationModel()).contains("org.lawkeeper.eclipse.ui.error"));
            // the hover the Java editor installs for no modifier key, built as the editor builds it
            ITextHover hover = new JavaSourceViewerConfiguration(JavaUI.getColorManager(),
                    PreferenceConstants.getPreferenceStore(), (ITextEditor) editor, IJavaPartitions.JAVA_PARTITIONING)
                    .getTextHover(viewer, IDocument.DEFAULT_CONTENT_TYPE, SWT.NONE);
            IRegion region = hover.getHoverRegion(viewer, claim);
            Object shown = assertInstanceOf(ITextHoverExtension2.class, hover).getHoverInfo2(viewer, region);
            String expected = ClaimHover.text(file, region.getOffset());
            assertTrue(expected.contains("\nLaws that hold under momentum:\n"), expected);
            assertEquals(expected, shown, "the hover JDT picks is Lawkeeper's");
        } finally {
            Workbench.page().closeEditor(editor, false);
        }
    }

    /**
     * JDT orders the contributed hovers with a {@link ConfigurationElementSorter}: a plug-in's hovers before those
     * of the plug-ins it requires. Lawkeeper's UI requires {@code org.eclipse.jdt.ui}, so its hover precedes the
     * problem hover even where the registry lists it last (an IDE that got Lawkeeper after JDT) — unlike this
     * test runtime, whose registry happens to list it first.
     */
    @Test
    void lawkeepersHoverPrecedesTheProblemHoverInWhateverOrderTheyWereInstalled() {
        List<IConfigurationElement> installed = new ArrayList<>(List.of(Platform.getExtensionRegistry()
                .getConfigurationElementsFor(HOVERS)));
        installed.sort(Comparator.comparing(hover -> LAWKEEPER.equals(hover.getAttribute("id")))); // stable: last
        Object[] sorted = installed.toArray();
        new ConfigurationElementSorter() {
            @Override
            public IConfigurationElement getConfigurationElement(Object object) {
                return (IConfigurationElement) object;
            }
        }.sort(sorted);
        List<String> order = Arrays.stream(sorted).map(hover -> ((IConfigurationElement) hover).getAttribute("id"))
                .toList();
        assertTrue(order.contains(LAWKEEPER) && order.contains(PROBLEM) && order.indexOf(LAWKEEPER) < order.indexOf(PROBLEM),
                order.toString());
    }
}
