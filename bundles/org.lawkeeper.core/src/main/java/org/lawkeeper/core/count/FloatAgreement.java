package org.lawkeeper.core.count;

import java.util.List;

/**
 * What makes a floating-point rank believable: the same rank at every tolerance and from every seed tried,
 * and in every run a wide residual gap (docs/ALGORITHMS.md §6.1).
 *
 * @param tolerances       the tolerances tried (kept in increasing order)
 * @param seeds            the seeds of the random points tried
 * @param smallestAccepted smallest relative residual of an accepted bracket, over all runs
 * @param largestRejected  largest relative residual of a rejected bracket, over all runs
 */
public record FloatAgreement(List<Double> tolerances, List<Long> seeds, double smallestAccepted,
        double largestRejected) {

    public FloatAgreement {
        tolerances = tolerances.stream().sorted().toList();
        seeds = List.copyOf(seeds);
    }

    /** E.g. {@code same rank at tolerances 1e-10, 1e-09, 1e-08 and seeds 7, 8; residual gap 3.1e-05 / 2.0e-16}. */
    public String describe() {
        return "same rank at tolerances " + String.join(", ", tolerances.stream().map(t -> String.format("%.0e", t))
                .toList()) + " and seeds " + String.join(", ", seeds.stream().map(String::valueOf).toList())
                + String.format("; residual gap %.1e / %.1e", smallestAccepted, largestRejected);
    }
}
