package org.lawkeeper.harness.gen;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The random choices behind one generated value. Fresh choices come from a seeded generator; replayed
 * choices come from a recorded tape, choice 0 standing for the simplest value and a tape that runs out
 * answering 0 (or continuing with fresh choices, see {@link #continuing}). Every generator draws only through this class, so recording the tape and replaying a
 * smaller one shrinks any composition of generators ({@code map}, {@code flatMap}, {@code filter})
 * without generator-specific shrinking code.
 */
public final class Choices {
    private final long[] tape;
    /** Draws with a bound up to this are decisions (sizes, counts, kinds), not numbers. */
    private static final long DECISION_BOUND = 64;

    private final SplittableRandom random;
    private long[] drawn = new long[16];
    private int count;
    /** The number of draws so far that were all decisions, from the first one on. */
    private int structure;

    private Choices(long[] tape, SplittableRandom random) {
        this.tape = tape;
        this.random = random;
    }

    /** Fresh choices from {@code seed}. */
    public static Choices fresh(long seed) {
        return new Choices(null, new SplittableRandom(seed));
    }

    /** Replays {@code prefix}, then draws fresh choices from {@code seed}: the same start, everything after it new. */
    public static Choices continuing(long[] prefix, long seed) {
        return new Choices(prefix.clone(), new SplittableRandom(seed));
    }

    /** Replays {@code tape}; choices beyond its end are 0. */
    public static Choices replay(long[] tape) {
        return new Choices(tape.clone(), null);
    }

    /** A choice in [0, bound), bound ≥ 1; 0 is the simplest. */
    public long draw(long bound) {
        if (bound < 1) {
            throw new IllegalArgumentException("bound must be at least 1, not " + bound);
        }
        long value;
        if (tape != null && count < tape.length) {
            value = Math.min(tape[count], bound - 1);
        } else if (random != null) {
            value = bound == 1 ? 0 : random.nextLong(bound);
        } else {
            value = 0;
        }
        if (count == drawn.length) {
            drawn = Arrays.copyOf(drawn, 2 * count);
        }
        if (structure == count && bound <= DECISION_BOUND) {
            structure++;
        }
        drawn[count++] = value;
        return value;
    }

    /**
     * The number of leading draws that were decisions — bounds up to {@value #DECISION_BOUND}: the sizes, counts
     * and kinds a generator settles before it draws its first number (an architecture, for example).
     */
    public int structure() {
        return structure;
    }

    /** The choices drawn so far, as a tape that replays them. */
    public long[] tape() {
        return Arrays.copyOf(drawn, count);
    }
}
