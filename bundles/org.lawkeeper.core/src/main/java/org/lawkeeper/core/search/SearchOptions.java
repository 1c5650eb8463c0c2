package org.lawkeeper.core.search;

import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.count.CountOptions;

/**
 * How far {@link LawSearch} looks.
 *
 * @param maxDegree   the highest total degree tried (degrees 1, 2, … until the laws are complete)
 * @param maxUnknowns the largest block of unknown coefficients solved at once; larger blocks are cut
 *                    or skipped, and the report says so
 * @param counting    how the laws are counted (seed, limits, cancellation are shared with the search)
 */
public record SearchOptions(int maxDegree, int maxUnknowns, CountOptions counting) {
    public static final int DEFAULT_MAX_DEGREE = 4;
    public static final int DEFAULT_MAX_UNKNOWNS = 1500;

    public SearchOptions {
        if (maxDegree < 1 || maxUnknowns < 1) {
            throw new IllegalArgumentException("maxDegree and maxUnknowns must be positive");
        }
    }

    public static SearchOptions defaults() {
        return new SearchOptions(DEFAULT_MAX_DEGREE, DEFAULT_MAX_UNKNOWNS, CountOptions.defaults());
    }

    public SearchOptions withMaxDegree(int degree) {
        return new SearchOptions(degree, maxUnknowns, counting);
    }

    public SearchOptions withCounting(CountOptions options) {
        return new SearchOptions(maxDegree, maxUnknowns, options);
    }

    public Cancellation cancellation() {
        return counting.cancellation();
    }
}
