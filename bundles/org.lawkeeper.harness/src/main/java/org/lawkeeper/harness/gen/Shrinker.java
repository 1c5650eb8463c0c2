package org.lawkeeper.harness.gen;

import java.util.Arrays;
import java.util.function.Predicate;

/**
 * Shrinks the tape of a failing case: shorter tapes first (fewer list elements, smaller architectures
 * drawn from earlier choices), then smaller and rounder choices, then lower leading decisions with fresh
 * continuations, keeping every candidate on which the property still fails, until a round changes nothing
 * or the budget is spent. Deterministic: the same failing tape always shrinks to the same result.
 */
public final class Shrinker {
    /** Choices below 2·this are small: for doubles, the simple numbers ±k/4. */
    private static final long SMALL_CHOICES = 2048;
    /** Fresh continuations tried per lowered decision. */
    private static final int CONTINUATIONS = 3;

    private final Predicate<long[]> fails;
    private final Regeneration regeneration;
    private final int budget;
    private int attempts;

    /** What the generator behind the tapes tells the regeneration pass. */
    public interface Regeneration {
        /** The whole tape drawn after {@code prefix} from {@code seed}, or null when the generator discards it. */
        long[] tape(long[] prefix, long seed);

        /** How many leading choices of {@code tape} are decisions ({@link Choices#structure}). */
        int structure(long[] tape);
    }

    /**
     * @param fails  whether the property still fails on the case a tape generates
     * @param budget the most candidates to try
     */
    public Shrinker(Predicate<long[]> fails, int budget) {
        this(fails, null, budget);
    }

    /**
     * A shrinker that can also lower a leading decision and draw everything after it afresh
     * ({@code regeneration}, null for none).
     */
    public Shrinker(Predicate<long[]> fails, Regeneration regeneration, int budget) {
        this.fails = fails;
        this.regeneration = regeneration;
        this.budget = budget;
    }

    /** Candidates tried so far. */
    public int attempts() {
        return attempts;
    }

    /** The smallest failing tape found from {@code tape}, which must fail. */
    public long[] shrink(long[] tape) {
        long[] best = tape;
        while (attempts < budget) {
            // simplify first: the leading choices (architecture, sizes) shrink while the later ones are
            // still generic, before deletions turn those into zeros
            long[] next = regenerate(deleteBlocks(simplifyChoices(best)));
            if (Arrays.equals(next, best)) {
                break;
            }
            best = next;
        }
        return best;
    }

    /**
     * Lowers each of the leading decisions (sizes, counts, kinds; see {@link Choices#structure}) that the other
     * passes could not lower, with everything after it drawn afresh: numbers simplified for a larger
     * architecture (a first unit zeroed because a later one fails) may not fail on a smaller one, where fresh
     * generic numbers do. Seeds are fixed, so the pass is deterministic.
     */
    private long[] regenerate(long[] tape) {
        if (regeneration == null) {
            return tape;
        }
        long[] best = tape;
        for (int i = 0; i < regeneration.structure(best) && attempts < budget; i++) {
            if (best[i] == 0) {
                continue;
            }
            boolean lowered = false;
            for (long value = 0; value < best[i] && !lowered && attempts < budget; value++) {
                long[] prefix = Arrays.copyOf(best, i + 1);
                prefix[i] = value;
                for (int k = 0; k < CONTINUATIONS && !lowered && attempts < budget; k++) {
                    long[] candidate = regeneration.tape(prefix, 0x5eed_0000L + 131L * i + 17L * value + k);
                    // smaller by construction: a lower decision, whatever the length of what follows it
                    lowered = candidate != null && accept(candidate);
                    if (lowered) {
                        best = candidate;
                    }
                }
            }
        }
        return best;
    }

    private long[] deleteBlocks(long[] tape) {
        long[] best = tape;
        for (int size = 8; size >= 1; size /= 2) {
            for (int at = 0; at + size <= best.length && attempts < budget; ) {
                long[] candidate = new long[best.length - size];
                System.arraycopy(best, 0, candidate, 0, at);
                System.arraycopy(best, at + size, candidate, at, best.length - at - size);
                if (accept(candidate)) {
                    best = candidate;
                } else {
                    at++;
                }
            }
        }
        return best;
    }

    private long[] simplifyChoices(long[] tape) {
        long[] best = tape.clone();
        for (int i = 0; i < best.length && attempts < budget; i++) {
            // zero, then the small choices (simple numbers for doubles), then binary search between 0
            // and the current value, then round off low bits
            long value = best[i];
            if (value == 0 || tryValue(best, i, 0) || searchSmall(best, i)) {
                continue;
            }
            long low = 0;
            long high = value;
            while (high - low > 1 && attempts < budget) {
                long middle = low + (high - low) / 2;
                if (tryValue(best, i, middle)) {
                    high = middle;
                } else {
                    low = middle;
                }
            }
            for (int bits = 60; bits >= 1 && attempts < budget; bits -= 4) {
                long rounded = best[i] & -(1L << bits) | (best[i] & 1);
                if (rounded < best[i] && tryValue(best, i, rounded)) {
                    break;
                }
            }
        }
        return best;
    }

    /**
     * Binary search over the small choices 2k + (low bit of the current choice), k < {@value #SMALL_CHOICES}:
     * for doubles these are the simple numbers on the current side, so a threshold is found as 3.25
     * rather than 3.1000000000000005.
     */
    private boolean searchSmall(long[] tape, int i) {
        long parity = tape[i] & 1;
        long high = SMALL_CHOICES - 1;
        if (2 * high + parity >= tape[i] || !tryValue(tape, i, 2 * high + parity)) {
            return false;
        }
        long low = 0;
        while (high - low > 1 && attempts < budget) {
            long middle = (low + high) / 2;
            if (tryValue(tape, i, 2 * middle + parity)) {
                high = middle;
            } else {
                low = middle;
            }
        }
        tape[i] = 2 * high + parity;
        return true;
    }

    /** Sets tape[i] = value when that still fails. */
    private boolean tryValue(long[] tape, int i, long value) {
        long old = tape[i];
        tape[i] = value;
        if (accept(tape)) {
            return true;
        }
        tape[i] = old;
        return false;
    }

    private boolean accept(long[] candidate) {
        attempts++;
        return fails.test(candidate.clone());
    }

    /** Shorter, else lexicographically smaller. */
    static boolean smaller(long[] a, long[] b) {
        return a.length != b.length ? a.length < b.length : Arrays.compare(a, b) < 0;
    }
}
