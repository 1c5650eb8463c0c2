package org.lawkeeper.core.count;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.core.field.DirectSum;
import org.lawkeeper.core.linalg.PrimeField;

/**
 * The two exact runs of a count whose fields split into independent blocks (docs/ALGORITHMS.md §3.7): each run
 * closes every part at a random point of the part's own variables, with the run's prime, and adds the ranks.
 * A part is a block, or consecutive small blocks counted together; the two primes must agree part by part, not
 * merely in total.
 */
final class DirectSumCount {
    /**
     * Blocks of fewer variables are counted together with their neighbours until a part has this many: a
     * sampler and a closing level per block would cost more than the elimination they save.
     */
    static final int LEAST_PART = 64;

    private final DirectSum sum;
    private final List<Part> parts = new ArrayList<>();

    /**
     * Plans the parts of {@code sum}; {@code leastPart} 1 counts every block apart. A block of one variable is
     * always a part of its own: its rank is known without sampling.
     */
    DirectSumCount(DirectSum sum, int leastPart) {
        this.sum = sum;
        List<DirectSum.Summand> summands = sum.summands();
        int first = 0;
        int dimension = 0;
        for (int j = 0; j < summands.size(); j++) {
            if (summands.get(j).dimension() == 1) {
                addPart(first, j);
                addPart(j, j + 1);
                first = j + 1;
                dimension = 0;
            } else {
                dimension += summands.get(j).dimension();
                if (dimension >= leastPart) {
                    addPart(first, j + 1);
                    first = j + 1;
                    dimension = 0;
                }
            }
        }
        addPart(first, summands.size());
    }

    /** Blocks {@code from} to {@code to} − 1 as one part, unless there are none. */
    private void addPart(int from, int to) {
        if (from < to) {
            parts.add(new Part(DirectSum.Summand.union(sum.summands().subList(from, to)), from, to - 1));
        }
    }

    /**
     * Whether counting in parts saves anything: not when the blocks make one part that is the whole state,
     * which the general path counts without the parts' bookkeeping.
     */
    boolean pays() {
        return parts.size() != 1 || parts.getFirst().fields().dimension() < sum.stateDimension();
    }

    /** The number of independent blocks, whether counted apart or in parts. */
    int blocks() {
        return sum.summands().size();
    }

    /**
     * The two runs, the first one reporting progress over the whole state, each summed over the parts.
     *
     * @param primes the two primes of the count, chosen for the whole fields
     * @param random the count's stream after the primes were drawn; each run splits its own off it first
     * @param what   the model and flow, for messages
     * @throws LawkeeperException as the general path: limits, cancellation, or two primes that disagree on a part
     */
    List<LawCounter.Run> runs(List<PrimeField> primes, SplittableRandom random, CountOptions options, String what)
            throws LawkeeperException {
        int largest = parts.stream().mapToInt(part -> part.fields().dimension()).max().orElse(0);
        LawCounter.checkMemory(what + " (largest independent part of dimension " + largest + ")", largest,
                Runtime.getRuntime().maxMemory());
        List<Ranks> runs = LawCounter.inParallel(
                run(primes.get(0), random.split(), options, options.progress()),
                run(primes.get(1), random.split(), options, CountProgress.NONE));
        List<Long> moduli = primes.stream().map(PrimeField::prime).toList();
        for (int k = 0; k < parts.size(); k++) {
            LawCounter.checkAgreement(runs.get(0).perPart()[k], runs.get(1).perPart()[k], moduli,
                    parts.get(k).describe(blocks()) + " of " + what);
        }
        return runs.stream().map(Ranks::total).toList();
    }

    /** Blocks {@code first} to {@code last} (numbered from 0) counted together, as {@code fields}. */
    private record Part(DirectSum.Summand fields, int first, int last) {

        String describe(int blocks) {
            return (first == last ? "independent block " + (first + 1) : "independent blocks " + (first + 1) + " to "
                    + (last + 1)) + " of " + blocks + " (" + fields.dimension() + " state variables)";
        }
    }

    /** One run's rank of each part, and the run summed. */
    private record Ranks(int[] perPart, LawCounter.Run total) {
    }

    /**
     * One run over all parts in order, each with a stream split off {@code random} in turn, so the result never
     * depends on timing. A block of one variable is moved by a field whose component there is a non-zero
     * polynomial in that variable alone: its rank is 1 at a generic point, and nothing is sampled.
     */
    private Callable<Ranks> run(PrimeField field, SplittableRandom random, CountOptions options,
            CountProgress progress) {
        return () -> {
            long start = System.nanoTime();
            int[] ranks = new int[parts.size()];
            int rank = 0;
            int depth = 0;
            long evaluations = 0;
            long brackets = 0;
            for (int k = 0; k < parts.size(); k++) {
                options.cancellation().check();
                DirectSum.Summand part = parts.get(k).fields();
                if (part.dimension() == 1) {
                    ranks[k] = 1;
                } else {
                    int before = rank;
                    LawCounter.Run closed = LawCounter.close(part.dimension(),
                            new ExactBracketSampler(part.fields(), field, random.split(), options.cancellation()),
                            options, step -> progress.advanced(CountProgress.Step.of(before + step.rank(),
                                    sum.stateDimension(), step.level(), (System.nanoTime() - start) / 1e9)));
                    ranks[k] = closed.rank();
                    depth = Math.max(depth, closed.depth());
                    evaluations += closed.fieldEvaluations();
                    brackets += closed.brackets();
                }
                rank += ranks[k];
            }
            return new Ranks(ranks, new LawCounter.Run(rank, depth, evaluations, brackets, Double.NaN, Double.NaN));
        };
    }
}
