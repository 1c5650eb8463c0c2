package org.lawkeeper.claims.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lawkeeper.claims.scan.Claim;
import org.lawkeeper.claims.scan.Declaration;
import org.lawkeeper.claims.scan.DeclarationScanner;

/**
 * The source edits that fix a finding, as pure text operations: the IDE's quick fixes and the fixes of
 * SARIF results. A fix is computed against the source <em>as it is now</em>: the claim is found again by
 * its class, flow and law in a fresh scan, never by offsets remembered from an earlier analysis, so an
 * edited file is changed where the claim stands today, or not at all.
 */
public final class ClaimFixes {

    /** What a fix does. */
    public enum Action {
        /** Replace a violated claim with the laws that hold under its flow. */
        REPLACE,
        /** Add the laws missing under a flow. */
        ADD,
        /** Delete a violated claim. */
        REMOVE
    }

    /**
     * A text replacement.
     *
     * @param offset where it starts
     * @param length how many characters it replaces
     * @param text   the new text
     */
    public record Edit(int offset, int length, String text) {

        /** {@code source} with this edit applied. */
        public String apply(String source) {
            return source.substring(0, offset) + text + source.substring(offset + length);
        }
    }

    private ClaimFixes() {
    }

    /**
     * The edit that applies {@code action} to {@code finding} in {@code source}; empty when the finding
     * does not call for it or its claim no longer stands in the source.
     */
    public static Optional<Edit> edit(Finding finding, Action action, String source) {
        if (!finding.fixable(action)) {
            return Optional.empty();
        }
        return edit(action, source, finding.type(), finding.flow().orElseThrow(), finding.law().orElse(null),
                finding.laws().stream().map(l -> l.expression()).toList());
    }

    /**
     * The edit that applies {@code action} in {@code source} to the claim of class {@code type} under
     * {@code flow} with {@code law} ({@code REPLACE}, {@code REMOVE}), or to the class ({@code ADD}),
     * writing {@code laws}; empty when the class or the claim no longer stands in the source.
     */
    public static Optional<Edit> edit(Action action, String source, String type, String flow, String law,
            List<String> laws) {
        Optional<Declaration> declaration = DeclarationScanner.scan(source).stream()
                .filter(d -> d.binaryName().equals(type)).findFirst();
        if (action == Action.ADD) {
            return declaration.map(d -> add(d.insertAt(), d.indent(), flow, laws));
        }
        return declaration.flatMap(d -> d.claims().stream().filter(c -> flow.equals(c.flow()) && law != null
                && law.equals(c.law())).findFirst()).map(claim -> action == Action.REPLACE
                        ? replace(source, claim, flow, laws) : remove(source, claim));
    }

    /**
     * {@code edits} in the order to apply them one after the other: from the end backwards, so that
     * offsets stay valid; of two edits that overlap (two fixes of one claim) only the later-starting one.
     */
    public static List<Edit> ordered(List<Edit> edits) {
        List<Edit> ordered = new ArrayList<>();
        int limit = Integer.MAX_VALUE;
        for (Edit edit : edits.stream().sorted((a, b) -> Integer.compare(b.offset(), a.offset())).toList()) {
            if (edit.offset() + edit.length() <= limit) {
                ordered.add(edit);
                limit = edit.offset();
            }
        }
        return ordered;
    }

    /** {@code source} with {@code edits} applied, in {@link #ordered} order. */
    public static String applyAll(String source, List<Edit> edits) {
        String result = source;
        for (Edit edit : ordered(edits)) {
            result = edit.apply(result);
        }
        return result;
    }

    /** A {@code @Conserves} annotation for {@code law} under {@code flow}. */
    public static String annotation(String flow, String law) {
        return "@Conserves(flow = " + quote(flow) + ", law = " + quote(law) + ")";
    }

    /** Replaces the claim's annotation with one claim per law, one per line. */
    static Edit replace(String source, Claim claim, String flow, List<String> laws) {
        int start = claim.annotationStart();
        String indent = "\n" + indentOf(source, start);
        return new Edit(start, claim.annotationLength(),
                laws.stream().map(law -> annotation(flow, law)).collect(Collectors.joining(indent)));
    }

    /** Inserts one claim per law after {@code insertAt}, each on its own line with {@code indent}. */
    static Edit add(int insertAt, String indent, String flow, List<String> laws) {
        return new Edit(insertAt, 0, laws.stream().map(law -> "\n" + indent + annotation(flow, law)).collect(Collectors.joining()));
    }

    /** Deletes the claim's annotation, with its line when nothing else stands on it. */
    static Edit remove(String source, Claim claim) {
        int start = claim.annotationStart();
        int length = claim.annotationLength();
        int lineStart = source.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = source.indexOf('\n', start + length);
        lineEnd = lineEnd < 0 ? source.length() : lineEnd;
        boolean alone = source.substring(lineStart, start).isBlank() && source.substring(start + length, lineEnd).isBlank();
        return alone && lineEnd < source.length() ? new Edit(lineStart, lineEnd + 1 - lineStart, "")
                : new Edit(start, length, "");
    }

    private static String indentOf(String source, int offset) {
        int lineStart = source.lastIndexOf('\n', offset - 1) + 1;
        return source.substring(lineStart, offset).isBlank() ? source.substring(lineStart, offset) : "";
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
