package org.lawkeeper.cli.sweep;

import java.util.List;
import org.lawkeeper.core.count.CountResult;

/**
 * One finished row of a sweep: the count of a (model, flow) pair, or the error that stopped it (too large,
 * timed out, out of memory). An error row has no state dimension, rank, count or primes; these read -1 and
 * empty.
 *
 * @param key            the model and flow
 * @param stateDimension D, or 2D+1 with momentum
 * @param rank           the rank of the generated Lie algebra
 * @param laws           the number of independent laws, D − rank
 * @param seconds        wall-clock time of the row, rounded to milliseconds (so that files reproduce it)
 * @param seed           the seed that reproduces the row
 * @param primes         the primes of the exact rank; empty in floating point and for an error
 * @param error          why the row has no count; empty for a counted row
 */
public record SweepRow(RowKey key, int stateDimension, int rank, int laws, double seconds, long seed,
        List<Long> primes, String error) {

    public SweepRow {
        primes = List.copyOf(primes);
        seconds = Math.round(seconds * 1000) / 1000.0;
        error = error.replaceAll("\\s+", " ").strip();
    }

    public static SweepRow counted(RowKey key, CountResult result) {
        return new SweepRow(key, result.stateDimension(), result.rank(), result.count(), result.seconds(),
                result.seed(), result.primes(), "");
    }

    public static SweepRow failed(RowKey key, String error, double seconds, long seed) {
        return new SweepRow(key, -1, -1, -1, seconds, seed, List.of(), error.isBlank() ? "failed" : error);
    }

    public boolean ok() {
        return error.isEmpty();
    }

    /** {@code ok} or {@code error}, the status column. */
    public String status() {
        return ok() ? "ok" : "error";
    }
}
