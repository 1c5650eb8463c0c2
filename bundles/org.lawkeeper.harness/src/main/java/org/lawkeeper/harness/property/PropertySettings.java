package org.lawkeeper.harness.property;

import java.time.Duration;

/**
 * How hard a property run tries.
 *
 * @param tries           judged tries wanted
 * @param seed            seed of try 0; try i uses {@link #seedOf}(i), and a failing try's own seed
 *                        given back here replays it as try 0
 * @param maxDiscardRatio give up (without failing) after this many discards per wanted try
 * @param timeBudget      stop trying new cases after this long (shrinking has its own budget)
 * @param shrinkBudget    most candidates tried while shrinking a counterexample
 */
public record PropertySettings(int tries, long seed, int maxDiscardRatio, Duration timeBudget, int shrinkBudget) {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    public PropertySettings {
        if (tries < 1 || maxDiscardRatio < 0 || shrinkBudget < 0) {
            throw new IllegalArgumentException("tries must be positive, budgets non-negative");
        }
    }

    /** 100 tries from a random seed, 5 discards per try, one minute, 2000 shrink candidates. */
    public static PropertySettings defaults() {
        return new PropertySettings(100, System.nanoTime() ^ GOLDEN, 5, Duration.ofMinutes(1), 2000);
    }

    /** These settings with {@code n} judged tries. */
    public PropertySettings withTries(int n) {
        return new PropertySettings(n, seed, maxDiscardRatio, timeBudget, shrinkBudget);
    }

    /** These settings with seed {@code s}. */
    public PropertySettings withSeed(long s) {
        return new PropertySettings(tries, s, maxDiscardRatio, timeBudget, shrinkBudget);
    }

    /** These settings with another time budget. */
    public PropertySettings withTimeBudget(Duration budget) {
        return new PropertySettings(tries, seed, maxDiscardRatio, budget, shrinkBudget);
    }

    /** These settings allowing {@code ratio} discards per wanted try. */
    public PropertySettings withMaxDiscardRatio(int ratio) {
        return new PropertySettings(tries, seed, ratio, timeBudget, shrinkBudget);
    }

    /** These settings with another shrink budget. */
    public PropertySettings withShrinkBudget(int budget) {
        return new PropertySettings(tries, seed, maxDiscardRatio, timeBudget, budget);
    }

    /** The seed of attempt {@code i} (judged or discarded); attempt 0 uses {@link #seed} itself. */
    public long seedOf(int i) {
        return seed + i * GOLDEN;
    }
}
