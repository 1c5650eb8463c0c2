package org.lawkeeper.core;

/**
 * Size limits that keep an analysis from exhausting memory or time on an input that is too large.
 *
 * @param maxStateDimension largest state dimension (D for gradient flows, 2D+1 with momentum)
 * @param maxTerms          largest number of monomial terms in the expanded generating fields
 */
public record Limits(int maxStateDimension, long maxTerms) {
    /** Large enough for {@code linear:20,20,20} with momentum (state dimension 1601). */
    public static final Limits DEFAULT = new Limits(4000, 5_000_000L);

    public Limits {
        if (maxStateDimension < 1 || maxTerms < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public Limits withMaxStateDimension(int dimension) {
        return new Limits(dimension, maxTerms);
    }

    /** Throws when {@code dimension} exceeds the state-dimension limit; {@code what} names the input. */
    public void checkStateDimension(int dimension, String what) throws LimitExceededException {
        if (dimension > maxStateDimension) {
            throw new LimitExceededException(LimitExceededException.Limit.STATE_DIMENSION,
                    Excerpt.shorten(what) + " has state dimension " + dimension + ", above the limit "
                            + maxStateDimension);
        }
    }

    /**
     * Throws when {@code terms} exceeds the term limit; {@code what} names the input. An estimate that
     * saturated at {@link Long#MAX_VALUE} is reported as what it is, a lower bound.
     */
    public void checkTerms(long terms, String what) throws LimitExceededException {
        if (terms > maxTerms) {
            throw new LimitExceededException(LimitExceededException.Limit.SIZE, Excerpt.shorten(what) + " expands to "
                    + count(terms) + " polynomial terms, above the limit "
                    + maxTerms);
        }
    }

    /** A count from a saturating estimate: the number, or "more than 9×10^18" when it saturated. */
    public static String count(long saturating) {
        return saturating == Long.MAX_VALUE ? "more than 9×10^18" : String.valueOf(saturating);
    }
}
