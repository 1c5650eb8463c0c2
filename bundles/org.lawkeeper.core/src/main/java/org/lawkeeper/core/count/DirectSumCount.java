package org.lawkeeper.core.count;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.core.field.DirectSum;
import org.lawkeeper.core.linalg.PrimeField;

/**
 * The two exact runs of a count whose fields split into independent blocks (docs/ALGORITHMS.md §3.7): each run
 * closes every block at a random point of the block's own variables, with the run's prime, and adds the
 * ranks. The two primes must agree block by block, not merely in total.
 */
final class DirectSumCount {
    private DirectSumCount() {
    }

    /**
     * The two runs, the first one reporting progress over the whole state, each summed over the blocks.
     *
     * @param primes the two primes of the count, chosen for the whole fields
     * @param random the count's stream after the primes were drawn; each run splits its own off it first
     * @param what   the model and flow, for messages
     * @throws LawkeeperException as the general path: limits, cancellation, or two primes that disagree on a
     *                            block
     */
    static List<LawCounter.Run> runs(DirectSum sum, List<PrimeField> primes, SplittableRandom random,
            CountOptions options, String what) throws LawkeeperException {
        int largest = sum.summands().stream().mapToInt(DirectSum.Summand::dimension).max().orElse(0);
        LawCounter.checkMemory(what + " (largest independent block of dimension " + largest + ")", largest,
                Runtime.getRuntime().maxMemory());
        List<Ranks> runs = LawCounter.inParallel(
                run(sum, primes.get(0), random.split(), options, options.progress()),
                run(sum, primes.get(1), random.split(), options, CountProgress.NONE));
        List<Long> moduli = primes.stream().map(PrimeField::prime).toList();
        for (int j = 0; j < sum.summands().size(); j++) {
            LawCounter.checkAgreement(runs.get(0).perBlock()[j], runs.get(1).perBlock()[j], moduli,
                    "independent block " + (j + 1) + " of " + sum.summands().size() + " ("
                            + sum.summands().get(j).dimension() + " state variables) of " + what);
        }
        return runs.stream().map(Ranks::total).toList();
    }

    /** One run's rank of each block, and the run summed. */
    private record Ranks(int[] perBlock, LawCounter.Run total) {
    }

    /**
     * One run over all blocks in order, each with a stream split off {@code random} in turn, so the result never
     * depends on timing. A block of one variable is moved by a field whose component there is a non-zero
     * polynomial in that variable alone: its rank is 1 at a generic point, and nothing is sampled.
     */
    private static Callable<Ranks> run(DirectSum sum, PrimeField field, SplittableRandom random, CountOptions options,
            CountProgress progress) {
        return () -> {
            long start = System.nanoTime();
            List<DirectSum.Summand> summands = sum.summands();
            int[] ranks = new int[summands.size()];
            int rank = 0;
            int depth = 0;
            long evaluations = 0;
            long brackets = 0;
            for (int j = 0; j < summands.size(); j++) {
                options.cancellation().check();
                DirectSum.Summand summand = summands.get(j);
                if (summand.dimension() == 1) {
                    ranks[j] = 1;
                } else {
                    int before = rank;
                    LawCounter.Run block = LawCounter.close(summand.dimension(),
                            new ExactBracketSampler(summand.fields(), field, random.split(), options.cancellation()), options,
                            step -> progress.advanced(CountProgress.Step.of(before + step.rank(),
                                    sum.stateDimension(), step.level(), (System.nanoTime() - start) / 1e9)));
                    ranks[j] = block.rank();
                    depth = Math.max(depth, block.depth());
                    evaluations += block.fieldEvaluations();
                    brackets += block.brackets();
                }
                rank += ranks[j];
            }
            return new Ranks(ranks, new LawCounter.Run(rank, depth, evaluations, brackets, Double.NaN, Double.NaN));
        };
    }
}
