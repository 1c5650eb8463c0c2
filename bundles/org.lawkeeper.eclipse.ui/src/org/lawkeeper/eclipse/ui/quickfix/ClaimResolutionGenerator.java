package org.lawkeeper.eclipse.ui.quickfix;

import java.util.Arrays;
import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.lawkeeper.eclipse.ui.quickfix.ClaimResolution.Action;

/** The quick fixes of Lawkeeper problems: replace or remove a violated claim, add missing laws. */
public final class ClaimResolutionGenerator implements IMarkerResolutionGenerator2 {

    @Override
    public boolean hasResolutions(IMarker marker) {
        return Arrays.stream(Action.values()).anyMatch(action -> ClaimResolution.applies(action, marker));
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        return Arrays.stream(Action.values()).filter(action -> ClaimResolution.applies(action, marker))
                .map(action -> new ClaimResolution(action, marker)).toArray(IMarkerResolution[]::new);
    }
}
