package org.lawkeeper.core.count;

import java.util.Locale;

/**
 * Hears how a count advances, once per sampled block of the first exact run (or of the floating-point
 * run): for a terminal's status line or an IDE's progress monitor. Called on the counting thread; keep
 * it quick. A count split into independent blocks reports each block's levels in turn, its rank added to
 * the ranks of the blocks before it.
 */
@FunctionalInterface
public interface CountProgress {

    /** Hears nothing. */
    CountProgress NONE = step -> {
    };

    void advanced(Step step);

    /**
     * Where a count stands.
     *
     * @param rank        the rank found so far
     * @param dimension   the state dimension D, the most the rank can reach
     * @param level       the bracket level being sampled
     * @param seconds     seconds since the count started
     * @param secondsLeft at most this many seconds more, should the rank climb all the way to D: elimination
     *                    costs grow as the square of the rank, so the rest costs (D² − rank²)/rank² of the
     *                    time spent so far
     */
    record Step(int rank, int dimension, int level, double seconds, double secondsLeft) {

        /** E.g. {@code rank 1200 of 5000, bracket level 2, 14 s, at most 3 min left}: for a terminal or a monitor. */
        public String describe() {
            String left = Double.isNaN(secondsLeft) ? ""
                    : String.format(Locale.ROOT, ", at most %s left", duration(secondsLeft));
            return String.format(Locale.ROOT, "rank %d of %d, bracket level %d, %s%s", rank, dimension, level,
                    duration(seconds), left);
        }

        private static String duration(double seconds) {
            return seconds < 120 ? String.format(Locale.ROOT, "%.0f s", seconds)
                    : String.format(Locale.ROOT, "%.0f min", seconds / 60);
        }

        static Step of(int rank, int dimension, int level, double seconds) {
            double left = rank == 0 ? Double.NaN
                    : seconds * ((double) dimension * dimension - (double) rank * rank) / ((double) rank * rank);
            return new Step(rank, dimension, level, seconds, left);
        }
    }
}
