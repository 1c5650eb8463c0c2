package org.lawkeeper.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lawkeeper.cli.sweep.RowKey;
import org.lawkeeper.cli.sweep.SweepCsv;
import org.lawkeeper.cli.sweep.SweepRow;
import org.lawkeeper.core.LawkeeperException;

/**
 * The two tables of a sweep, PREFIX.csv and PREFIX.jsonl, one row per line, written as rows finish and
 * flushed at once. The CSV is the record a rerun resumes from: its complete lines are the finished rows,
 * and a last line without its line break (a run killed while writing it) is dropped and computed again.
 * On opening, both files are rewritten from those rows, so that the JSON Lines file agrees with the CSV
 * whatever the interruption left in it; when the sweep is complete, both are rewritten in the sweep's order.
 */
final class SweepFiles implements AutoCloseable {
    private final Path csv;
    private final Path jsonl;
    private final Map<RowKey, SweepRow> rows = new LinkedHashMap<>();
    private final int dropped;
    private BufferedWriter csvOut;
    private BufferedWriter jsonOut;

    private SweepFiles(Path csv, Path jsonl, int dropped) {
        this.csv = csv;
        this.jsonl = jsonl;
        this.dropped = dropped;
    }

    /**
     * Opens the tables of {@code prefix} for the sweep of {@code planned} rows, reading the rows a previous run
     * finished.
     *
     * @throws LawkeeperException when the files cannot be read or written, or hold rows of another sweep
     */
    static SweepFiles open(String prefix, Collection<RowKey> planned) throws LawkeeperException {
        Path csv = Path.of(prefix + ".csv");
        Path jsonl = Path.of(prefix + ".jsonl");
        try {
            if (!Files.exists(csv) && Files.exists(jsonl)) {
                throw new LawkeeperException(jsonl + " exists without " + csv
                        + ", from which a sweep resumes; remove it or choose another --out");
            }
            String text = Files.exists(csv) ? Files.readString(csv, StandardCharsets.UTF_8) : "";
            int lastBreak = text.lastIndexOf('\n');
            String complete = text.substring(0, lastBreak + 1);
            SweepFiles files = new SweepFiles(csv, jsonl, lastBreak + 1 < text.length() ? 1 : 0);
            files.read(complete.lines().toList(), new HashSet<>(planned));
            files.rewrite(List.copyOf(files.rows.keySet()));
            files.csvOut = Files.newBufferedWriter(csv, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            files.jsonOut = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            return files;
        } catch (IOException e) {
            throw new LawkeeperException("cannot use " + csv + " and " + jsonl + ": " + e.getMessage(), e);
        }
    }

    private void read(List<String> lines, Set<RowKey> planned) throws LawkeeperException {
        if (lines.isEmpty()) {
            return;
        }
        if (!lines.get(0).equals(SweepCsv.HEADER)) {
            throw new LawkeeperException(csv + " is not a sweep table (its first line is not '" + SweepCsv.HEADER
                    + "'); choose another --out");
        }
        for (int n = 1; n < lines.size(); n++) {
            Optional<SweepRow> row = SweepCsv.parse(lines.get(n));
            if (row.isEmpty()) {
                throw new LawkeeperException("line " + (n + 1) + " of " + csv + " is not a sweep row: " + lines.get(n));
            }
            RowKey key = row.get().key();
            if (!planned.contains(key)) {
                throw new LawkeeperException(csv + " holds a row of another sweep or shard (" + key
                        + "); choose another --out");
            }
            rows.put(key, row.get());
        }
    }

    /** The rows finished before this run, by key. */
    Map<RowKey, SweepRow> finished() {
        return Map.copyOf(rows);
    }

    /** Whether a row cut short by an interrupted run was dropped, to be computed again. */
    boolean droppedPartialRow() {
        return dropped > 0;
    }

    /** Appends a finished row to both files and flushes them. */
    void append(SweepRow row) {
        try {
            csvOut.write(SweepCsv.line(row) + "\n");
            csvOut.flush();
            jsonOut.write(json(row) + "\n");
            jsonOut.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + csv + " or " + jsonl, e);
        }
        rows.put(row.key(), row);
    }

    /** Every row of both files, in {@code order}. */
    List<SweepRow> rows(List<RowKey> order) {
        return order.stream().filter(rows::containsKey).map(rows::get).toList();
    }

    /** Closes both files and writes them again with the rows of {@code order}, in that order. */
    void complete(List<RowKey> order) throws IOException {
        close();
        rewrite(order);
    }

    private void rewrite(List<RowKey> order) throws IOException {
        List<String> csvLines = new ArrayList<>(List.of(SweepCsv.HEADER));
        List<String> jsonLines = new ArrayList<>();
        for (SweepRow row : rows(order)) {
            csvLines.add(SweepCsv.line(row));
            jsonLines.add(json(row).toString());
        }
        replace(csv, csvLines);
        replace(jsonl, jsonLines);
    }

    /** Writes {@code lines} to a sibling file and moves it over {@code file}, so a reader never sees half of it. */
    private static void replace(Path file, List<String> lines) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(temporary, lines, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Json json(SweepRow row) {
        return new Json().put("model", row.key().model()).put("flow", row.key().flow())
                .put("D", row.ok() ? row.stateDimension() : null).put("rank", row.ok() ? row.rank() : null)
                .put("laws", row.ok() ? row.laws() : null).put("seconds", row.seconds()).put("seed", row.seed())
                .put("primes", row.primes()).put("status", row.status()).put("error", row.ok() ? null : row.error());
    }

    @Override
    public void close() throws IOException {
        try (BufferedWriter c = csvOut; BufferedWriter j = jsonOut) {
            csvOut = null;
            jsonOut = null;
        }
    }
}
