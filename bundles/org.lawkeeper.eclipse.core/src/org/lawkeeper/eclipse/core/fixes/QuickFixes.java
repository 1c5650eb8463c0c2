package org.lawkeeper.eclipse.core.fixes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.lawkeeper.claims.findings.ClaimFixes.Edit;
import org.lawkeeper.claims.findings.ClaimFixes;
import org.lawkeeper.eclipse.core.markers.LawkeeperMarkers;

/**
 * Applies quick fixes to the sources of markers. Each fix finds its claim again in the file's current
 * text (the file buffer, so an open editor's unsaved text counts), never by the marker's offsets: a
 * marker computed before an edit changes the claim where it stands now, or nothing.
 */
public final class QuickFixes {
    private QuickFixes() {
    }

    /** Whether {@code action} applies to {@code marker}. */
    public static boolean applies(FixAction action, IMarker marker) {
        String kind = marker.getAttribute(LawkeeperMarkers.KIND, "");
        boolean laws = marker.getAttribute(LawkeeperMarkers.LAW_COUNT, 0) > 0;
        return switch (action) {
            case REPLACE -> "violated".equals(kind) && laws;
            case REMOVE -> "violated".equals(kind);
            case ADD -> "incomplete".equals(kind) && laws;
        };
    }

    /** Applies {@code action} to every marker of {@code markers} it applies to, file by file. */
    public static void apply(FixAction action, List<IMarker> markers, IProgressMonitor monitor) throws CoreException {
        Map<IFile, List<IMarker>> byFile = new LinkedHashMap<>();
        for (IMarker m : markers) {
            if (m.getResource() instanceof IFile file && applies(action, m)) {
                byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(m);
            }
        }
        for (Map.Entry<IFile, List<IMarker>> file : byFile.entrySet()) {
            edit(action, file.getKey(), file.getValue(), monitor);
        }
    }

    private static void edit(FixAction action, IFile file, List<IMarker> markers, IProgressMonitor monitor)
            throws CoreException {
        ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
        IPath path = file.getFullPath();
        manager.connect(path, LocationKind.IFILE, monitor);
        try {
            ITextFileBuffer buffer = manager.getTextFileBuffer(path, LocationKind.IFILE);
            IDocument document = buffer.getDocument();
            String source = document.get();
            List<Edit> edits = markers.stream().map(m -> edit(action, source, m)).flatMap(Optional::stream).toList();
            for (Edit e : ClaimFixes.ordered(edits)) {
                document.replace(e.offset(), e.length(), e.text());
            }
            if (!edits.isEmpty()) {
                buffer.commit(monitor, true);
            }
        } catch (BadLocationException e) {
            throw new CoreException(Status.error("cannot edit " + file.getName() + ": " + e.getMessage(), e));
        } finally {
            manager.disconnect(path, LocationKind.IFILE, monitor);
        }
    }

    private static Optional<Edit> edit(FixAction action, String source, IMarker m) {
        return ClaimFixes.edit(ClaimFixes.Action.valueOf(action.name()), source,
                m.getAttribute(LawkeeperMarkers.TYPE, ""), m.getAttribute(LawkeeperMarkers.FLOW, ""),
                m.getAttribute(LawkeeperMarkers.LAW, (String) null), LawkeeperMarkers.laws(m));
    }
}
