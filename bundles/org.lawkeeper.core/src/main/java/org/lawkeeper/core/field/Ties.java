package org.lawkeeper.core.field;

/**
 * Which transcendental calls of a network's forward pass share their value (found by
 * {@link TranscendentalAudit}): per call of e^z and per call of Φ, in call order, {@link #FRESH} for an
 * independent value, {@link #ONE} for a zero argument (e^0 = 1, Φ(0) = 1/2 with e^{−0} = 1), or the index
 * of the earlier call whose argument is the same function.
 *
 * @param exp     the ties of the e^z calls
 * @param cdf     the ties of the Φ calls
 * @param problem why exact mode is unsound for the model, or null when the ties account for every relation
 */
record Ties(int[] exp, int[] cdf, String problem) {
    static final int FRESH = -1;
    static final int ONE = -2;

    /** Every call independent. */
    static Ties none() {
        return new Ties(new int[0], new int[0], null);
    }

    /** The tie of e^z call {@code call}: calls beyond the audited ones are fresh. */
    int exp(int call) {
        return call < exp.length ? exp[call] : FRESH;
    }

    int cdf(int call) {
        return call < cdf.length ? cdf[call] : FRESH;
    }
}
