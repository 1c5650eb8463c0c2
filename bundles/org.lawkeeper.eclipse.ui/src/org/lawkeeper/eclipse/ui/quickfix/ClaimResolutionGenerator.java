package org.lawkeeper.eclipse.ui.quickfix;

import java.util.Arrays;
import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.lawkeeper.eclipse.core.fixes.FixAction;
import org.lawkeeper.eclipse.core.fixes.QuickFixes;

/** The quick fixes of Lawkeeper problems: replace or remove a violated claim, add missing laws. */
public final class ClaimResolutionGenerator implements IMarkerResolutionGenerator2 {

    @Override
    public boolean hasResolutions(IMarker marker) {
        return Arrays.stream(FixAction.values()).anyMatch(action -> QuickFixes.applies(action, marker));
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        return Arrays.stream(FixAction.values()).filter(action -> QuickFixes.applies(action, marker))
                .map(action -> new ClaimResolution(action, marker)).toArray(IMarkerResolution[]::new);
    }
}
