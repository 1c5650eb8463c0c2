package org.lawkeeper.core.linalg;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.fraction.BigFraction;
import org.lawkeeper.core.InconsistentResultException;

/** Rational vectors recovered from their images mod p, scaled for display. */
public final class RationalReconstruction {
    private RationalReconstruction() {
    }

    /**
     * The rational vector of small height congruent to {@code vector}, scaled to coprime integers whose
     * last non-zero entry is positive.
     *
     * @throws InconsistentResultException when an entry has no small rational preimage
     */
    public static List<BigFraction> integers(long[] vector, PrimeField field) throws InconsistentResultException {
        List<BigFraction> values = new ArrayList<>(vector.length);
        BigInteger denominators = BigInteger.ONE;
        try {
            for (long c : vector) {
                BigFraction value = field.reconstruct(c);
                values.add(value);
                BigInteger d = value.getDenominator();
                denominators = denominators.divide(denominators.gcd(d)).multiply(d);
            }
        } catch (ArithmeticException e) {
            throw new InconsistentResultException("coefficients too large to recover modulo " + field.prime()
                    + "; rerun with another --seed");
        }
        BigInteger numerators = BigInteger.ZERO;
        BigInteger last = BigInteger.ZERO;
        for (BigFraction value : values) {
            BigInteger scaled = value.multiply(denominators).getNumerator();
            numerators = numerators.gcd(scaled);
            last = scaled.signum() != 0 ? scaled : last;
        }
        BigFraction factor = new BigFraction(denominators, last.signum() < 0 ? numerators.negate() : numerators);
        return values.stream().map(v -> v.multiply(factor)).toList();
    }
}
