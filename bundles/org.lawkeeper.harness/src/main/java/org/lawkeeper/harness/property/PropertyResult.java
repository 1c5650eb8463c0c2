package org.lawkeeper.harness.property;

import java.util.Optional;

/**
 * The outcome of a property run.
 *
 * @param tries      judged tries (passed, plus the failing one if any)
 * @param discards   attempts thrown away (filters, diverging dynamics, …)
 * @param seed       the run's seed
 * @param exhausted  why the run stopped before its tries, if it did ("time budget", "discard budget")
 * @param statistics the labels of the judged tries
 * @param failure    the counterexample, if the property failed
 * @param <T>        the generated type
 */
public record PropertyResult<T>(int tries, int discards, long seed, Optional<String> exhausted,
        Statistics statistics, Optional<Counterexample<T>> failure) {

    /** Whether no try failed (a run that stopped early, without failures, passed). */
    public boolean passed() {
        return failure.isEmpty();
    }

    /**
     * Fails unless at least {@code minPercent} % of the judged tries carried {@code label}.
     *
     * @return this result, for chaining
     */
    public PropertyResult<T> assertCoverage(String label, double minPercent) {
        if (statistics.percent(label) < minPercent) {
            throw new AssertionError(String.format("coverage of '%s' is %.1f %%, below the required %.1f %%%n%s",
                    label, statistics.percent(label), minPercent, summary()));
        }
        return this;
    }

    /** One paragraph: counts, seed, statistics. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        text.append(String.format("%d tries, %d discarded, seed %d%s%n", tries, discards, seed,
                exhausted.map(e -> " (stopped early: " + e + ")").orElse("")));
        text.append(statistics);
        return text.toString();
    }
}
