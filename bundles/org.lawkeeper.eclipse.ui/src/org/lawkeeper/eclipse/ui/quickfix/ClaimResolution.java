package org.lawkeeper.eclipse.ui.quickfix;

import java.util.Arrays;
import java.util.List;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.views.markers.WorkbenchMarkerResolution;
import org.lawkeeper.eclipse.core.LawkeeperCore;
import org.lawkeeper.eclipse.core.fixes.FixAction;
import org.lawkeeper.eclipse.core.fixes.QuickFixes;
import org.lawkeeper.eclipse.core.markers.LawkeeperMarkers;
import org.lawkeeper.eclipse.ui.Messages;

/**
 * One quick fix on a Lawkeeper problem marker; applicable to every marker of the same kind at once
 * (the Problems view's multi-select). The edits are made by {@link QuickFixes}, where the claims stand
 * in the current text.
 */
public final class ClaimResolution extends WorkbenchMarkerResolution {
    private final FixAction action;
    private final IMarker marker;

    /** The fix {@code action} for {@code marker}. */
    public ClaimResolution(FixAction action, IMarker marker) {
        this.action = action;
        this.marker = marker;
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
        List<String> laws = LawkeeperMarkers.laws(marker);
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
        return Arrays.stream(markers).filter(m -> !m.equals(marker) && QuickFixes.applies(action, m))
                .toArray(IMarker[]::new);
    }

    @Override
    public void run(IMarker single) {
        run(new IMarker[] { single }, null);
    }

    @Override
    public void run(IMarker[] markers, IProgressMonitor monitor) {
        try {
            QuickFixes.apply(action, List.of(markers), monitor);
        } catch (CoreException e) {
            LawkeeperCore.log(NLS.bind(Messages.fixFailed, e.getMessage()), e);
        }
    }

    private static String flow(IMarker m) {
        return m.getAttribute(LawkeeperMarkers.FLOW, "");
    }
}
