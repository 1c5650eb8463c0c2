package org.lawkeeper.core.count;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.DoubleStream;
import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.core.UntrustworthyResultException;
import org.lawkeeper.core.field.GeneratingFields;

/**
 * Decides a floating-point rank only when the decision is robust (docs/ALGORITHMS.md §6.1): the runs at
 * the tolerance asked for and a factor {@link #SPREAD} either side, each from two seeds, must find the same
 * rank, and in each run the smallest accepted residual must exceed the largest rejected one by
 * {@link #SEPARATION}. Anything else is refused, with the advice to count exactly.
 */
final class FloatConsensus {
    /** How far either side of the tolerance asked for the decision must not change. */
    static final double SPREAD = 10;
    /** The least ratio of the smallest accepted to the largest rejected residual within a run. */
    static final double SEPARATION = 1e3;

    /** One run of the level-by-level loop with a floating-point sampler. */
    @FunctionalInterface
    interface Closing {
        LawCounter.Run close(FloatBracketSampler sampler) throws LawkeeperException;
    }

    private FloatConsensus() {
    }

    /** The tolerances tried: {@code tolerance} first, then a factor {@link #SPREAD} either side, below 1. */
    static List<Double> tolerances(double tolerance) {
        return DoubleStream.of(tolerance, tolerance / SPREAD, tolerance * SPREAD).filter(t -> t < 1).boxed().toList();
    }

    /** The seeds of the two random points: the one asked for and the next. */
    static List<Long> seeds(long seed) {
        return List.of(seed, seed + 1);
    }

    /**
     * All runs, the first one at the tolerance and seed asked for, with what they agreed on.
     *
     * @throws UntrustworthyResultException when the runs disagree or a run's residuals do not separate
     */
    static Agreed reach(GeneratingFields fields, CountOptions options, String what, Closing closing)
            throws LawkeeperException {
        List<Double> tolerances = tolerances(options.tolerance());
        List<Long> seeds = seeds(options.seed());
        List<LawCounter.Run> runs = new ArrayList<>();
        for (long seed : seeds) {
            for (double tolerance : tolerances) {
                LawCounter.Run run = closing.close(
                        new FloatBracketSampler(fields, tolerance, new SplittableRandom(seed)));
                if (!runs.isEmpty() && run.rank() != runs.getFirst().rank()) {
                    throw refusal(what, "rank " + runs.getFirst().rank() + " at tolerance "
                            + format(tolerances.getFirst()) + " from seed " + seeds.getFirst() + " but " + run.rank()
                            + " at tolerance " + format(tolerance) + " from seed " + seed);
                }
                if (!(run.smallestAccepted() >= SEPARATION * run.largestRejected())) {
                    throw refusal(what, String.format("at tolerance %s from seed %d the residuals do not separate "
                            + "(smallest accepted %.1e, largest rejected %.1e)", format(tolerance), seed,
                            run.smallestAccepted(), run.largestRejected()));
                }
                runs.add(run);
            }
        }
        return new Agreed(runs, new FloatAgreement(tolerances, seeds,
                runs.stream().mapToDouble(LawCounter.Run::smallestAccepted).min().orElseThrow(),
                runs.stream().mapToDouble(LawCounter.Run::largestRejected).max().orElseThrow()));
    }

    /** The runs (the one asked for first) and their agreement. */
    record Agreed(List<LawCounter.Run> runs, FloatAgreement agreement) {
    }

    private static UntrustworthyResultException refusal(String what, String why) {
        return new UntrustworthyResultException("floating point cannot decide the rank of " + what + ": " + why
                + "; count exactly instead (without --float)");
    }

    private static String format(double tolerance) {
        return String.format("%.0e", tolerance);
    }
}
