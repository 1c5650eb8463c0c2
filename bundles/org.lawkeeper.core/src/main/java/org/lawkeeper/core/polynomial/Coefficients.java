package org.lawkeeper.core.polynomial;

import java.math.BigInteger;
import org.hipparchus.fraction.BigFraction;

/**
 * Products of exact coefficients that pass over a factor 1, the coefficient of most terms of a network's φ and of
 * its gradient: BigFraction's product normalises with a gcd, and building a model and its fields runs cold, in the
 * interpreter, in a one-shot call.
 */
public final class Coefficients {
    private Coefficients() {
    }

    public static BigFraction times(BigFraction a, BigFraction b) {
        return isOne(a) ? b : isOne(b) ? a : a.multiply(b);
    }

    public static BigFraction times(BigFraction a, int factor) {
        return factor == 1 ? a : a.multiply(factor);
    }

    private static boolean isOne(BigFraction x) {
        return x.getNumerator().equals(BigInteger.ONE) && x.getDenominator().equals(BigInteger.ONE);
    }
}
