package org.lawkeeper.eclipse.ui.quickfix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.views.markers.WorkbenchMarkerResolution;
import org.lawkeeper.eclipse.core.LawkeeperCore;
import org.lawkeeper.eclipse.core.markers.LawkeeperMarkers;
import org.lawkeeper.eclipse.ui.Messages;
import org.lawkeeper.eclipse.ui.quickfix.ClaimEdits.Edit;

/**
 * One quick fix on a Lawkeeper problem marker; applicable to every marker of the same kind at once
 * (the Problems view's multi-select). Edits go through the file buffer, so an open editor sees them.
 */
public final class ClaimResolution extends WorkbenchMarkerResolution {

    /** What the fix does. */
    public enum Action {
        /** Replace a violated claim with the laws that hold under its flow. */
        REPLACE,
        /** Add the laws missing under a flow. */
        ADD,
        /** Delete a violated claim. */
        REMOVE
    }

    private final Action action;
    private final IMarker marker;

    /** The fix {@code action} for {@code marker}. */
    public ClaimResolution(Action action, IMarker marker) {
        this.action = action;
        this.marker = marker;
    }

    /** Whether {@code action} applies to {@code candidate}. */
    static boolean applies(Action action, IMarker candidate) {
        String kind = candidate.getAttribute(LawkeeperMarkers.KIND, "");
        boolean laws = !candidate.getAttribute(LawkeeperMarkers.LAWS, "").isEmpty();
        return switch (action) {
            case REPLACE -> LawkeeperMarkers.KIND_VIOLATED.equals(kind) && laws;
            case REMOVE -> LawkeeperMarkers.KIND_VIOLATED.equals(kind);
            case ADD -> LawkeeperMarkers.KIND_INCOMPLETE.equals(kind) && laws;
        };
    }

    @Override
    public String getLabel() {
        return switch (action) {
            case REPLACE -> NLS.bind(Messages.replaceLabel, flow(marker));
            case ADD -> NLS.bind(Messages.addLabel, flow(marker));
            case REMOVE -> Messages.removeLabel;
        };
    }

    @Override
    public String getDescription() {
        List<String> laws = laws(marker);
        return switch (action) {
            case REPLACE -> NLS.bind(Messages.replaceDescription, new Object[] { flow(marker), laws.size(), String.join("\n", laws) });
            case ADD -> NLS.bind(Messages.addDescription, new Object[] { flow(marker), laws.size(), String.join("\n", laws) });
            case REMOVE -> NLS.bind(Messages.removeDescription, marker.getAttribute(LawkeeperMarkers.LAW, ""), flow(marker));
        };
    }

    @Override
    public Image getImage() {
        return null;
    }

    @Override
    public IMarker[] findOtherMarkers(IMarker[] markers) {
        return Arrays.stream(markers).filter(m -> !m.equals(marker) && applies(action, m)).toArray(IMarker[]::new);
    }

    @Override
    public void run(IMarker single) {
        run(new IMarker[] { single }, null);
    }

    @Override
    public void run(IMarker[] markers, IProgressMonitor monitor) {
        Map<IFile, List<IMarker>> byFile = new LinkedHashMap<>();
        for (IMarker m : markers) {
            if (m.getResource() instanceof IFile file) {
                byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(m);
            }
        }
        byFile.forEach((file, fileMarkers) -> edit(file, fileMarkers, monitor));
    }

    /** Applies the edits of {@code markers} to {@code file}, from the end backwards so offsets stay valid. */
    private void edit(IFile file, List<IMarker> markers, IProgressMonitor monitor) {
        ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
        IPath path = file.getFullPath();
        try {
            manager.connect(path, LocationKind.IFILE, monitor);
            try {
                ITextFileBuffer buffer = manager.getTextFileBuffer(path, LocationKind.IFILE);
                IDocument document = buffer.getDocument();
                String source = document.get();
                List<Edit> edits = markers.stream().map(m -> edit(source, m)).flatMap(Optional::stream)
                        .sorted(Comparator.comparingInt(Edit::offset).reversed()).toList();
                for (Edit e : edits) {
                    document.replace(e.offset(), e.length(), e.text());
                }
                buffer.commit(monitor, true);
            } finally {
                manager.disconnect(path, LocationKind.IFILE, monitor);
            }
        } catch (CoreException | BadLocationException e) {
            LawkeeperCore.log(NLS.bind(Messages.fixFailed, file.getName(), e.getMessage()), e);
        }
    }

    private Optional<Edit> edit(String source, IMarker m) {
        int start = m.getAttribute(LawkeeperMarkers.ANNOTATION_START, -1);
        int length = m.getAttribute(LawkeeperMarkers.ANNOTATION_LENGTH, 0);
        return switch (action) {
            case ADD -> Optional.of(ClaimEdits.add(m.getAttribute(LawkeeperMarkers.INSERT_AT, 0),
                    m.getAttribute(LawkeeperMarkers.INDENT, ""), flow(m), laws(m)));
            case REPLACE -> ClaimEdits.isClaimAt(source, start, length)
                    ? Optional.of(ClaimEdits.replace(source, start, length, flow(m), laws(m))) : Optional.empty();
            case REMOVE -> ClaimEdits.isClaimAt(source, start, length)
                    ? Optional.of(ClaimEdits.remove(source, start, length)) : Optional.empty();
        };
    }

    private static String flow(IMarker m) {
        return m.getAttribute(LawkeeperMarkers.FLOW, "");
    }

    private static List<String> laws(IMarker m) {
        String laws = m.getAttribute(LawkeeperMarkers.LAWS, "");
        return laws.isEmpty() ? List.of() : List.of(laws.split("\n"));
    }
}
