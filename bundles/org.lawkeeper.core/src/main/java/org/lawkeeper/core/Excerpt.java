package org.lawkeeper.core;

/**
 * Quotes user input in one-line messages. A law, a model spec or a flow may be 100 KB long or hold a
 * line break; a message shows at most {@link #WIDTH} characters of it, around the column where the
 * problem lies, with "…" where text was left out, and control characters as spaces (so that columns
 * still count right and the message stays on one line).
 */
public final class Excerpt {
    /** The most characters of the input a message shows. */
    public static final int WIDTH = 80;
    private static final String GAP = "…";

    private Excerpt() {
    }

    /** {@code text} whole when short, else its start and its end around a "…". */
    public static String shorten(String text) {
        if (text.length() <= WIDTH) {
            return printable(text);
        }
        int head = safeEnd(text, WIDTH * 2 / 3);
        int tail = safeStart(text, text.length() - (WIDTH - head - GAP.length()));
        return printable(text.substring(0, head)) + GAP + printable(text.substring(tail));
    }

    /**
     * At most {@link #WIDTH} characters of {@code text} around the 1-based {@code column} (which may lie one
     * past the end), with "…" on each side where text was left out.
     */
    public static String around(String text, int column) {
        if (text.length() <= WIDTH) {
            return printable(text);
        }
        int at = Math.clamp(column - 1L, 0, text.length());
        int from = safeStart(text, Math.clamp(at - WIDTH / 2L, 0, text.length() - WIDTH));
        int to = safeEnd(text, Math.min(text.length(), from + WIDTH));
        return (from > 0 ? GAP : "") + printable(text.substring(from, to)) + (to < text.length() ? GAP : "");
    }

    /** {@code index}, moved forward off the second half of a surrogate pair. */
    private static int safeStart(String text, int index) {
        return index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index)) ? index + 1 : index;
    }

    /** {@code index}, moved back off the second half of a surrogate pair. */
    private static int safeEnd(String text, int index) {
        return index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index)) ? index - 1 : index;
    }

    private static String printable(String text) {
        StringBuilder result = new StringBuilder(text.length());
        text.chars().forEach(c -> result.append(Character.isISOControl(c) ? ' ' : (char) c));
        return result.toString();
    }
}
