package org.lawkeeper.core;

import org.lawkeeper.core.count.CountOptions;

/**
 * The input is well formed but larger than the limits chosen for this analysis (see {@link Limits}).
 * The message states the size and the limit; {@link #limit()} tells callers which setting to offer
 * (the CLI names its option, the IDE its preference).
 */
public class LimitExceededException extends LawkeeperException {
    private static final long serialVersionUID = 1L;

    /** The kinds of limit an analysis can reach. */
    public enum Limit {
        /** {@link Limits#maxStateDimension()}. */
        STATE_DIMENSION,
        /** {@link Limits#maxTerms()}, or a size limit of a search. */
        SIZE,
        /** The deepest bracket level tried, {@code CountOptions.maxDepth()}. */
        BRACKET_DEPTH
    }

    private final Limit limit;

    public LimitExceededException(Limit limit, String message) {
        super(message);
        this.limit = limit;
    }

    public Limit limit() {
        return limit;
    }
}
