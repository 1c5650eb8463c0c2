package org.lawkeeper.core.count;

import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.Limits;

/**
 * How to count: exactly modulo primes (the default) or in floating point, from which seed, within
 * which limits and time.
 *
 * @param exact        modular arithmetic at random points of F_p (two independent primes) when true,
 *                     IEEE doubles (EJML) when false
 * @param seed         seeds the primes, the points and the random combinations; same seed, same run
 * @param tolerance    floating point only: a bracket is new when its relative residual exceeds this; the
 *                     rank must not change a factor 10 either side of it
 * @param maxDepth     the deepest bracket level that may raise the rank; a deeper one that does is an error
 * @param limits       size limits
 * @param cancellation deadline and cancel flag
 * @param progress     hears how the count advances
 */
public record CountOptions(boolean exact, long seed, double tolerance, int maxDepth, Limits limits,
        Cancellation cancellation, CountProgress progress) {

    public static final long DEFAULT_SEED = 20240512L;

    public CountOptions {
        if (!(tolerance > 0 && tolerance < 1)) {
            throw new IllegalArgumentException("tolerance must lie in (0, 1), not " + tolerance);
        }
        if (maxDepth < 1) {
            throw new IllegalArgumentException("maxDepth must be positive, not " + maxDepth);
        }
    }

    /** Exact, default seed, default limits, no deadline. */
    public static CountOptions defaults() {
        return new CountOptions(true, DEFAULT_SEED, 1e-9, 16, Limits.DEFAULT, Cancellation.none(), CountProgress.NONE);
    }

    public CountOptions withExact(boolean value) {
        return new CountOptions(value, seed, tolerance, maxDepth, limits, cancellation, progress);
    }

    public CountOptions withSeed(long value) {
        return new CountOptions(exact, value, tolerance, maxDepth, limits, cancellation, progress);
    }

    public CountOptions withTolerance(double value) {
        return new CountOptions(exact, seed, value, maxDepth, limits, cancellation, progress);
    }

    public CountOptions withMaxDepth(int value) {
        return new CountOptions(exact, seed, tolerance, value, limits, cancellation, progress);
    }

    public CountOptions withLimits(Limits value) {
        return new CountOptions(exact, seed, tolerance, maxDepth, value, cancellation, progress);
    }

    public CountOptions withCancellation(Cancellation value) {
        return new CountOptions(exact, seed, tolerance, maxDepth, limits, value, progress);
    }

    public CountOptions withProgress(CountProgress value) {
        return new CountOptions(exact, seed, tolerance, maxDepth, limits, cancellation, value);
    }
}
