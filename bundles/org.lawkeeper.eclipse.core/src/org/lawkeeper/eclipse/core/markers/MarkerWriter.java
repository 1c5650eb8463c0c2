package org.lawkeeper.eclipse.core.markers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.lawkeeper.claims.findings.Finding;

/**
 * Turns the findings of one file into markers, and replaces the file's Lawkeeper markers with them in
 * a single workspace operation, so that nobody ever sees half of a file's markers.
 */
public final class MarkerWriter {
    /** Where the IDE lists the laws a finding of missing laws is about. */
    static final String SEE_THE_VIEW = " \u2014 see the Conservation Laws view";

    private MarkerWriter() {
    }

    /** Replaces all Lawkeeper markers of {@code file} with those of {@code findings}, atomically. */
    public static void write(IFile file, List<Finding> findings) throws CoreException {
        IWorkspaceRunnable replace = monitor -> {
            if (!file.exists()) {
                return;
            }
            file.deleteMarkers(LawkeeperMarkers.PROBLEM, false, IResource.DEPTH_ZERO);
            file.deleteMarkers(LawkeeperMarkers.CONSERVED, false, IResource.DEPTH_ZERO);
            for (Finding finding : findings) {
                file.createMarker(type(finding), attributes(finding));
            }
        };
        ResourcesPlugin.getWorkspace().run(replace, file, IResource.NONE, null);
    }

    /** The marker type of a finding: conserved claims are annotations, everything else a problem. */
    public static String type(Finding finding) {
        return finding.kind() == Finding.Kind.CONSERVED ? LawkeeperMarkers.CONSERVED : LawkeeperMarkers.PROBLEM;
    }

    /** The marker attributes of a finding. */
    public static Map<String, Object> attributes(Finding finding) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(IMarker.LINE_NUMBER, finding.location().line());
        attributes.put(IMarker.CHAR_START, finding.location().start());
        attributes.put(IMarker.CHAR_END, finding.location().start() + finding.location().length());
        attributes.put(IMarker.MESSAGE, finding.kind() == Finding.Kind.INCOMPLETE ? finding.message() + SEE_THE_VIEW
                : finding.message());
        attributes.put(LawkeeperMarkers.KIND, finding.kind().id());
        attributes.put(LawkeeperMarkers.TYPE, finding.type());
        attributes.put(LawkeeperMarkers.DETAILS, finding.details());
        finding.flow().ifPresent(flow -> attributes.put(LawkeeperMarkers.FLOW, flow));
        finding.law().ifPresent(law -> attributes.put(LawkeeperMarkers.LAW, law));
        LawkeeperMarkers.putLaws(attributes, finding.laws().stream().map(l -> l.expression()).toList());
        switch (finding.severity()) {
            case ERROR -> attributes.put(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
            case WARNING -> attributes.put(IMarker.SEVERITY, IMarker.SEVERITY_WARNING);
            case INFO -> attributes.put(IMarker.SEVERITY, IMarker.SEVERITY_INFO);
            case NONE -> {
                // a conserved claim is no problem: an annotation without severity
            }
        }
        return attributes;
    }
}
