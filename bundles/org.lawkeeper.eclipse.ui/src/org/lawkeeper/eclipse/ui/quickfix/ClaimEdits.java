package org.lawkeeper.eclipse.ui.quickfix;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The source edits of the quick fixes, as pure text operations so that they are testable on strings.
 * Every edit is {@code (offset, length, text)}, to be applied to the source it was computed for.
 */
public final class ClaimEdits {

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

    private ClaimEdits() {
    }

    /** A {@code @Conserves} annotation for {@code law} under {@code flow}. */
    public static String annotation(String flow, String law) {
        return "@Conserves(flow = " + quote(flow) + ", law = " + quote(law) + ")";
    }

    /** Replaces the annotation at {@code start} with one claim per law, one per line. */
    public static Edit replace(String source, int start, int length, String flow, List<String> laws) {
        String indent = "\n" + indentOf(source, start);
        return new Edit(start, length, laws.stream().map(law -> annotation(flow, law)).collect(Collectors.joining(indent)));
    }

    /** Inserts one claim per law after {@code insertAt}, each on its own line with {@code indent}. */
    public static Edit add(int insertAt, String indent, String flow, List<String> laws) {
        return new Edit(insertAt, 0, laws.stream().map(law -> "\n" + indent + annotation(flow, law)).collect(Collectors.joining()));
    }

    /** Deletes the annotation at {@code start}, with its line when nothing else stands on it. */
    public static Edit remove(String source, int start, int length) {
        int lineStart = source.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = source.indexOf('\n', start + length);
        lineEnd = lineEnd < 0 ? source.length() : lineEnd;
        boolean alone = source.substring(lineStart, start).isBlank() && source.substring(start + length, lineEnd).isBlank();
        return alone && lineEnd < source.length() ? new Edit(lineStart, lineEnd + 1 - lineStart, "")
                : new Edit(start, length, "");
    }

    /** Whether {@code source} still holds a claim annotation at {@code start} (markers can be stale). */
    public static boolean isClaimAt(String source, int start, int length) {
        return start >= 0 && start + length <= source.length() && source.startsWith("@", start)
                && source.substring(start, start + length).contains("Conserves");
    }

    private static String indentOf(String source, int offset) {
        int lineStart = source.lastIndexOf('\n', offset - 1) + 1;
        return source.substring(lineStart, offset).isBlank() ? source.substring(lineStart, offset) : "";
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
