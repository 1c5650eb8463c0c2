package org.lawkeeper.eclipse.core.markers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.osgi.util.NLS;
import org.lawkeeper.eclipse.core.analysis.ClaimResult;
import org.lawkeeper.eclipse.core.analysis.DeclarationResult;
import org.lawkeeper.eclipse.core.analysis.FlowResult;
import org.lawkeeper.eclipse.core.analysis.Messages;
import org.lawkeeper.eclipse.core.scan.Claim;
import org.lawkeeper.eclipse.core.scan.Declaration;

/**
 * Turns the results of one file into markers, and replaces the file's Lawkeeper markers with them in
 * a single workspace operation, so that nobody ever sees half of a file's markers.
 */
public final class MarkerWriter {

    private MarkerWriter() {
    }

    /** Replaces all Lawkeeper markers of {@code file} with {@code markers}, atomically. */
    public static void write(IFile file, List<MarkerSpec> markers) throws CoreException {
        IWorkspaceRunnable replace = monitor -> {
            if (!file.exists()) {
                return;
            }
            file.deleteMarkers(LawkeeperMarkers.PROBLEM, false, IResource.DEPTH_ZERO);
            file.deleteMarkers(LawkeeperMarkers.CONSERVED, false, IResource.DEPTH_ZERO);
            for (MarkerSpec marker : markers) {
                file.createMarker(marker.type(), marker.attributes());
            }
        };
        ResourcesPlugin.getWorkspace().run(replace, file, IResource.NONE, null);
    }

    /** The markers for {@code results}, found in {@code source}. */
    public static List<MarkerSpec> markers(String source, List<DeclarationResult> results) {
        List<MarkerSpec> markers = new ArrayList<>();
        for (DeclarationResult result : results) {
            Declaration declaration = result.declaration();
            if (result.modelProblem() != null) {
                Map<String, Object> model = position(declaration.line(), declaration.start(), declaration.length());
                markers.add(problem(model, LawkeeperMarkers.KIND_MODEL, result.modelProblem(),
                        result.modelError() ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING));
                continue;
            }
            for (ClaimResult claim : result.claims()) {
                markers.add(claimMarker(source, result, claim));
            }
            for (FlowResult flow : result.flows()) {
                if (flow.incomplete()) {
                    markers.add(incomplete(result, flow));
                }
            }
        }
        return markers;
    }

    private static MarkerSpec claimMarker(String source, DeclarationResult result, ClaimResult claimResult) {
        Claim claim = claimResult.claim();
        Map<String, Object> attributes = position(claim.line(), claim.annotationStart(), claim.annotationLength());
        attributes.put(LawkeeperMarkers.FLOW, String.valueOf(claim.flow()));
        attributes.put(LawkeeperMarkers.LAW, String.valueOf(claim.law()));
        attributes.put(LawkeeperMarkers.ANNOTATION_START, claim.annotationStart());
        attributes.put(LawkeeperMarkers.ANNOTATION_LENGTH, claim.annotationLength());
        List<String> holding = holding(result, claim.flow());
        attributes.put(LawkeeperMarkers.LAWS, String.join("\n", holding));
        String message = claimResult.outcome().message();
        attributes.put(LawkeeperMarkers.DETAILS, details(message, claim.flow(), holding, result));
        int column = claimResult.outcome().column();
        if (column > 0) {
            // point at the offending character of the law, on its own line
            int offset = Math.min(claim.lawStart() + column - 1, source.length());
            attributes.putAll(position(lineOf(source, offset), offset, 1));
        }
        return switch (claimResult.outcome().status()) {
            case CONSERVED -> {
                attributes.put(LawkeeperMarkers.KIND, LawkeeperMarkers.KIND_CONSERVED);
                attributes.put(IMarker.MESSAGE, message);
                yield new MarkerSpec(LawkeeperMarkers.CONSERVED, attributes);
            }
            case VIOLATED -> problem(attributes, LawkeeperMarkers.KIND_VIOLATED, message, IMarker.SEVERITY_ERROR);
            case MALFORMED -> problem(attributes, LawkeeperMarkers.KIND_MALFORMED, message, IMarker.SEVERITY_ERROR);
            case UNCHECKED -> problem(attributes, LawkeeperMarkers.KIND_UNCHECKED, message, IMarker.SEVERITY_WARNING);
        };
    }

    private static MarkerSpec incomplete(DeclarationResult result, FlowResult flow) {
        Claim first = result.claims().stream().map(ClaimResult::claim).filter(c -> flow.flow().equals(c.flow()))
                .findFirst().orElseThrow();
        Map<String, Object> attributes = position(first.line(), first.annotationStart(), first.annotationLength());
        List<String> missing = flow.missing();
        String message = NLS.bind(Messages.incomplete, new Object[] { flow.count(), flow.flow(), flow.claimed() });
        attributes.put(LawkeeperMarkers.FLOW, flow.flow());
        attributes.put(LawkeeperMarkers.LAWS, String.join("\n", missing));
        attributes.put(LawkeeperMarkers.INSERT_AT, result.declaration().insertAt());
        attributes.put(LawkeeperMarkers.INDENT, result.declaration().indent());
        attributes.put(LawkeeperMarkers.DETAILS, details(message, flow.flow(), flow.laws(), result));
        return problem(attributes, LawkeeperMarkers.KIND_INCOMPLETE, message, IMarker.SEVERITY_INFO);
    }

    private static MarkerSpec problem(Map<String, Object> attributes, String kind, String message, int severity) {
        Map<String, Object> all = new HashMap<>(attributes);
        all.put(LawkeeperMarkers.KIND, kind);
        all.put(IMarker.MESSAGE, message);
        all.put(IMarker.SEVERITY, severity);
        return new MarkerSpec(LawkeeperMarkers.PROBLEM, all);
    }

    private static List<String> holding(DeclarationResult result, String flow) {
        return result.flows().stream().filter(f -> f.flow().equals(flow)).findFirst().map(FlowResult::laws)
                .orElse(List.of());
    }

    /** The hover text: the verdict, then the laws that hold under the flow in readable form, then the count. */
    private static String details(String message, String flow, List<String> laws, DeclarationResult result) {
        StringBuilder text = new StringBuilder(message);
        result.flows().stream().filter(f -> f.flow().equals(flow)).findFirst().ifPresent(f -> {
            text.append("\n\n").append(result.model()).append(" under ").append(flow).append(": ")
                    .append(f.certificate());
            if (!laws.isEmpty()) {
                text.append("\nLaws that hold under ").append(flow).append(":\n")
                        .append(laws.stream().map(law -> "  " + LawText.readable(law) + " = const")
                                .collect(Collectors.joining("\n")));
            }
        });
        return text.toString();
    }

    private static Map<String, Object> position(int line, int start, int length) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(IMarker.LINE_NUMBER, line);
        attributes.put(IMarker.CHAR_START, start);
        attributes.put(IMarker.CHAR_END, start + length);
        return attributes;
    }

    private static int lineOf(String source, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
