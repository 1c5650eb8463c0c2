package org.lawkeeper.eclipse.ui.hover;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jdt.ui.text.java.hover.IJavaEditorTextHover;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.ui.IEditorPart;
import org.lawkeeper.eclipse.core.markers.LawkeeperMarkers;

/**
 * The Java editor hover over a claim: the verdict, the laws that hold under its flow in readable form,
 * and the certificate of the count (the markers' {@code details}).
 */
public final class ClaimHover implements IJavaEditorTextHover {
    private IFile file;

    /** The hover text for {@code offset} in {@code file}, or {@code null} when no claim is there. */
    public static String text(IFile file, int offset) {
        try {
            String text = Stream.of(LawkeeperMarkers.PROBLEM, LawkeeperMarkers.CONSERVED)
                    .flatMap(type -> markers(file, type)).filter(m -> covers(m, offset))
                    .map(m -> m.getAttribute(LawkeeperMarkers.DETAILS, m.getAttribute(IMarker.MESSAGE, "")))
                    .distinct().collect(Collectors.joining("\n\n"));
            return text.isEmpty() ? null : text;
        } catch (IllegalStateException e) {
            return null; // the file went away while hovering
        }
    }

    private static Stream<IMarker> markers(IFile file, String type) {
        try {
            return file.exists() ? Arrays.stream(file.findMarkers(type, false, IResource.DEPTH_ZERO)) : Stream.empty();
        } catch (CoreException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean covers(IMarker marker, int offset) {
        return marker.getAttribute(IMarker.CHAR_START, -1) <= offset && offset <= marker.getAttribute(IMarker.CHAR_END, -1);
    }

    @Override
    public void setEditor(IEditorPart editor) {
        file = editor == null ? null : editor.getEditorInput().getAdapter(IFile.class);
    }

    @Override
    public String getHoverInfo(ITextViewer textViewer, IRegion hoverRegion) {
        return file == null ? null : text(file, hoverRegion.getOffset());
    }

    @Override
    public IRegion getHoverRegion(ITextViewer textViewer, int offset) {
        return new Region(offset, 0);
    }
}
