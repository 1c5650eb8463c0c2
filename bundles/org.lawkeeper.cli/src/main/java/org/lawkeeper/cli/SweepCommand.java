package org.lawkeeper.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lawkeeper.cli.sweep.Grid;
import org.lawkeeper.cli.sweep.RowKey;
import org.lawkeeper.cli.sweep.Shard;
import org.lawkeeper.cli.sweep.SweepPlot;
import org.lawkeeper.cli.sweep.SweepRow;
import org.lawkeeper.cli.sweep.SweepScheduler;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.CancelledException;
import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.core.analysis.Analysis;
import org.lawkeeper.core.count.CountOptions;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.model.ModelKinds;
import org.lawkeeper.core.model.ModelSpec;

/** {@code sweep GRID --flows F,G}: the count of every model of a grid under every flow, as tables. */
final class SweepCommand implements Command {

    @Override
    public String name() {
        return "sweep";
    }

    @Override
    public String synopsis() {
        return "count a grid of architectures under several flows into CSV and JSON Lines, resumably";
    }

    @Override
    public String usage() {
        return """
                usage: ./lawkeeper sweep GRID [--flows F,G,…] [--out PREFIX] [--threads N] [--shard I/N]
                                        [--plot FILE.svg] [--retry-errors] [options]

                  GRID            model specs with braces, e.g. 'linear:{1..4},{1..4},{1..4}' or
                                  'net:4>dense({2,4,8})>relu>dense(2)': {A..B} a range, {A..B..S} with a step,
                                  {X,Y,Z} a list; several braces give every combination, the first varying slowest
                                  (model kinds: %s)
                  --flows         the flows, comma-separated (default gf; known: %s)
                  --out PREFIX    writes PREFIX.csv and PREFIX.jsonl (default sweep), one row per (model, flow):
                                  model, flow, D, rank, laws, seconds, seed, primes, status (ok or error), error
                  --threads N     rows computed at once (default: all %d cores)
                  --shard I/N     only part I of N: the rows from ⌊(I−1)·R/N⌋ to ⌊I·R/N⌋ of the R rows in grid
                                  order, so that the shards' tables concatenated in order are the whole table
                                  (JSON Lines as they are, CSV without the later headers)
                  --plot FILE     an SVG of the count against width, one line per flow
                  --retry-errors  compute again the rows a previous run ended with an error
                %s
                --timeout applies to each row. A row that fails (too large, timed out, out of memory) becomes a row
                with its error. A rerun with the same --out resumes: the rows already in PREFIX.csv are kept, not
                computed again (a last line cut short by an interrupted run is dropped and redone).
                """.formatted(ModelKinds.examples(), FlowSpec.KNOWN, Runtime.getRuntime().availableProcessors(),
                AnalysisOptions.usage());
    }

    @Override
    public int run(List<String> words, PrintStream out, Cancellation cancellation) throws LawkeeperException {
        Set<String> valued = new HashSet<>(AnalysisOptions.VALUED);
        valued.addAll(List.of("flows", "out", "threads", "shard", "plot"));
        Set<String> flags = new HashSet<>(AnalysisOptions.FLAGS);
        flags.add("retry-errors");
        Arguments arguments = Arguments.parse(name(), words, valued, flags);
        List<String> flows = FlowSpec.parseList(arguments.text("flows", "gf")).stream().map(Flow::spec).toList();
        List<String> models = new ArrayList<>();
        for (String spec : Grid.expand(arguments.single("GRID"))) {
            models.add(ModelSpec.parse(spec).text());
        }
        long threads = arguments.integer("threads", Runtime.getRuntime().availableProcessors());
        if (threads < 1 || threads > 1024) {
            throw new UsageException("--threads must lie between 1 and 1024, got " + threads);
        }
        Shard shard = Shard.parse(arguments.text("shard", Shard.WHOLE.toString()));
        AnalysisOptions.from(arguments, cancellation); // the options are checked once, before any row runs
        List<RowKey> rows = shard.of(RowKey.product(models.stream().distinct().toList(), flows));
        String prefix = arguments.text("out", "sweep");
        long start = System.nanoTime();
        try (SweepFiles files = SweepFiles.open(prefix, rows)) {
            Map<RowKey, SweepRow> finished = files.finished();
            List<RowKey> pending = rows.stream().filter(key -> !finished.containsKey(key)
                    || arguments.flag("retry-errors") && !finished.get(key).ok()).toList();
            int[] computed = {0};
            SweepScheduler.run(pending, (int) threads, key -> row(key, arguments, cancellation), row -> {
                files.append(row);
                computed[0]++;
                out.println(line(row));
            });
            files.complete(rows);
            List<SweepRow> table = files.rows(rows);
            String plot = arguments.text("plot", null);
            if (plot != null) {
                Files.writeString(Path.of(plot), SweepPlot.svg(table, flows, "laws against width: "
                        + arguments.single("GRID")), StandardCharsets.UTF_8);
            }
            out.println(summary(table, computed[0], shard, prefix, plot, files.droppedPartialRow(), start));
        } catch (IOException | UncheckedIOException e) {
            throw new LawkeeperException("sweep: " + e.getMessage(), e);
        }
        return 0;
    }

    /** Counts one row; its failure is a row with the error, unless the whole sweep was cancelled. */
    private static SweepRow row(RowKey key, Arguments arguments, Cancellation cancellation) throws CancelledException {
        long start = System.nanoTime();
        CountOptions options = CountOptions.defaults();
        try {
            options = AnalysisOptions.from(arguments, cancellation); // here, so that --timeout counts per row
            return SweepRow.counted(key, Analysis.count(ModelSpec.parse(key.model()).build(options.limits()),
                    FlowSpec.parse(key.flow()), options));
        } catch (CancelledException e) {
            if (cancellation.isCancelled()) {
                throw e;
            }
            return SweepRow.failed(key, e.getMessage(), seconds(start), options.seed());
        } catch (LawkeeperException e) {
            return SweepRow.failed(key, e.getMessage(), seconds(start), options.seed());
        } catch (OutOfMemoryError e) {
            return SweepRow.failed(key, "out of memory", seconds(start), options.seed());
        }
    }

    private static String line(SweepRow row) {
        return String.format("  %s under %s: %s (%.3f s)", row.key().model(), row.key().flow(),
                row.ok() ? row.laws() + (row.laws() == 1 ? " law" : " laws") + ", rank " + row.rank() + " of "
                        + row.stateDimension() : "error: " + row.error(), row.seconds());
    }

    private static String summary(List<SweepRow> table, int computed, Shard shard, String prefix, String plot,
            boolean dropped, long start) {
        long errors = table.stream().filter(r -> !r.ok()).count();
        return String.format("sweep%s: %d rows, %d computed now, %d kept from an earlier run%s, %d with an error; "
                + "wrote %s.csv, %s.jsonl%s; %.3f s", shard.equals(Shard.WHOLE) ? "" : " shard " + shard,
                table.size(), computed, table.size() - computed, dropped ? " (a cut-off last line was redone)" : "",
                errors, prefix, prefix, plot == null ? "" : ", " + plot, seconds(start));
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
