package org.lawkeeper.cli.sweep;

import java.util.ArrayList;
import java.util.List;
import org.lawkeeper.core.SpecException;

/**
 * Expands a pattern of model specs with shell-style braces: {@code {1..4}} (a range, also descending
 * and with a step {@code {2..8..2}}) and {@code {1,3,5}} or {@code {relu,tanh}} (a list). Several braces
 * give their product, the leftmost varying slowest, as in a shell: {@code linear:{1,2},{3,4}} is
 * {@code linear:1,3 linear:1,4 linear:2,3 linear:2,4}. The text around braces is kept as is, so any
 * spec kind, including {@code net:} specs, can be swept.
 */
public final class Grid {
    /** Far more rows than any machine counts in a day; a typo such as {@code {1..100000}} is refused. */
    static final int MAX_SPECS = 100_000;

    private Grid() {
    }

    /**
     * The specs of {@code pattern}, in order.
     *
     * @throws SpecException when a brace is unbalanced, nested, empty or a malformed range
     */
    public static List<String> expand(String pattern) throws SpecException {
        List<String> specs = List.of("");
        int at = 0;
        while (at < pattern.length()) {
            int open = pattern.indexOf('{', at);
            int close = pattern.indexOf('}', at);
            if (open < 0) {
                if (close >= 0) {
                    throw error(pattern, close, "'}' without '{'");
                }
                specs = product(specs, List.of(pattern.substring(at)), pattern);
                break;
            }
            if (close >= 0 && close < open) {
                throw error(pattern, close, "'}' without '{'");
            }
            if (close < 0) {
                throw error(pattern, open, "'{' is never closed");
            }
            int nested = pattern.indexOf('{', open + 1);
            if (nested >= 0 && nested < close) {
                throw error(pattern, nested, "braces do not nest");
            }
            specs = product(specs, List.of(pattern.substring(at, open)), pattern);
            specs = product(specs, alternatives(pattern, open, close), pattern);
            at = close + 1;
        }
        return specs;
    }

    private static List<String> alternatives(String pattern, int open, int close) throws SpecException {
        String body = pattern.substring(open + 1, close);
        if (body.contains("..")) {
            return range(pattern, open, body);
        }
        List<String> items = List.of(body.split(",", -1));
        if (items.size() < 2 || items.stream().anyMatch(String::isBlank)) {
            throw error(pattern, open, "'{" + body + "}' needs a range {A..B} or at least two items {A,B}");
        }
        return items.stream().map(String::strip).toList();
    }

    private static List<String> range(String pattern, int open, String body) throws SpecException {
        String[] parts = body.split("\\.\\.", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw error(pattern, open, "'{" + body + "}' is not a range {A..B} or {A..B..STEP}");
        }
        long from = number(parts[0], pattern, open);
        long to = number(parts[1], pattern, open);
        long step = parts.length == 3 ? number(parts[2], pattern, open) : 1;
        if (step <= 0) {
            throw error(pattern, open, "the step of '{" + body + "}' must be positive");
        }
        if (Math.abs(to - from) / step + 1 > MAX_SPECS) {
            throw error(pattern, open, "'{" + body + "}' has more than " + MAX_SPECS + " values");
        }
        List<String> values = new ArrayList<>();
        long direction = to >= from ? 1 : -1;
        for (long v = from; direction * (to - v) >= 0; v += direction * step) {
            values.add(Long.toString(v));
        }
        return values;
    }

    private static long number(String text, String pattern, int open) throws SpecException {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw error(pattern, open, "'" + text + "' in a range is not a whole number");
        }
    }

    private static List<String> product(List<String> prefixes, List<String> suffixes, String pattern)
            throws SpecException {
        if ((long) prefixes.size() * suffixes.size() > MAX_SPECS) {
            throw new SpecException("the grid '" + pattern + "' has more than " + MAX_SPECS + " models");
        }
        List<String> specs = new ArrayList<>(prefixes.size() * suffixes.size());
        for (String prefix : prefixes) {
            for (String suffix : suffixes) {
                specs.add(prefix + suffix);
            }
        }
        return specs;
    }

    private static SpecException error(String pattern, int index, String problem) {
        return new SpecException("column " + (index + 1) + " of the grid '" + pattern + "': " + problem);
    }
}
