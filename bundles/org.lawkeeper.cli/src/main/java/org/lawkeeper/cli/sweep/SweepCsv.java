package org.lawkeeper.cli.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The CSV form of a sweep's rows (RFC 4180: fields with a comma or quote are quoted, quotes doubled). Each
 * row is one line, since no field holds a line break. A line cut short by an interrupted run lacks its
 * line break (the caller's test); {@link #parse} also refuses one with missing fields or an open quote.
 */
public final class SweepCsv {
    public static final String HEADER = "model,flow,D,rank,laws,seconds,seed,primes,status,error";
    private static final int COLUMNS = HEADER.split(",").length;

    private SweepCsv() {
    }

    /** The line of {@code row}, without line break. */
    public static String line(SweepRow row) {
        return String.join(",", quote(row.key().model()), quote(row.key().flow()), number(row.stateDimension()),
                number(row.rank()), number(row.laws()), String.format(Locale.ROOT, "%.3f", row.seconds()),
                Long.toString(row.seed()), String.join(" ", row.primes().stream().map(String::valueOf).toList()),
                row.status(), quote(row.error()));
    }

    /** The row written as {@code line}; empty when the line is not a complete row. */
    public static Optional<SweepRow> parse(String line) {
        Optional<List<String>> fields = fields(line);
        if (fields.isEmpty() || fields.get().size() != COLUMNS) {
            return Optional.empty();
        }
        List<String> f = fields.get();
        try {
            RowKey key = new RowKey(f.get(0), f.get(1));
            double seconds = Double.parseDouble(f.get(5));
            long seed = Long.parseLong(f.get(6));
            if (f.get(8).equals("error") && !f.get(9).isEmpty()) {
                return Optional.of(SweepRow.failed(key, f.get(9), seconds, seed));
            }
            if (!f.get(8).equals("ok") || !f.get(9).isEmpty()) {
                return Optional.empty();
            }
            List<Long> primes = f.get(7).isEmpty() ? List.of()
                    : Arrays.stream(f.get(7).split(" ")).map(Long::valueOf).toList();
            return Optional.of(new SweepRow(key, Integer.parseInt(f.get(2)), Integer.parseInt(f.get(3)),
                    Integer.parseInt(f.get(4)), seconds, seed, primes, ""));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String number(int value) {
        return value < 0 ? "" : Integer.toString(value);
    }

    private static String quote(String field) {
        return field.contains(",") || field.contains("\"") ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    /** The fields of one line; empty when a quote is left open. */
    private static Optional<List<String>> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return quoted ? Optional.empty() : Optional.of(fields);
    }
}
