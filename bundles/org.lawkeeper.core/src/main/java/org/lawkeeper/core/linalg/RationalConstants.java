package org.lawkeeper.core.linalg;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hipparchus.fraction.BigFraction;
import org.lawkeeper.core.polynomial.Polynomial;

/**
 * The rational constants of an input — flow rates, coefficients of a model's fields, coefficients of a law —
 * kept as the integers a prime must not divide: their numerators and denominators. Modulo such a prime a
 * constant vanishes or cannot be formed, and the computation would be about another input
 * (docs/ALGORITHMS.md §5.5).
 */
public final class RationalConstants {
    public static final RationalConstants NONE = new RationalConstants(Set.of());

    /** Absolute values above 1: no prime divides ±1, and 0 is 0 in every field. */
    private final Set<BigInteger> parts;

    private RationalConstants(Set<BigInteger> parts) {
        this.parts = Set.copyOf(parts);
    }

    /** The constants {@code values}. */
    public static RationalConstants of(Collection<BigFraction> values) {
        Set<BigInteger> parts = new HashSet<>();
        for (BigFraction value : values) {
            if (value.getNumerator().signum() != 0) {
                addPart(parts, value.getNumerator());
                addPart(parts, value.getDenominator());
            }
        }
        return new RationalConstants(parts);
    }

    /** The coefficients of {@code polynomials}. */
    public static RationalConstants ofPolynomials(Collection<Polynomial> polynomials) {
        List<BigFraction> coefficients = new ArrayList<>();
        polynomials.forEach(h -> h.forEachTerm((monomial, coefficient) -> coefficients.add(coefficient)));
        return of(coefficients);
    }

    /** These constants and {@code other}'s. */
    public RationalConstants and(RationalConstants other) {
        Set<BigInteger> union = new HashSet<>(parts);
        union.addAll(other.parts);
        return new RationalConstants(union);
    }

    /** Whether every constant keeps its meaning in {@code field}: p divides no numerator and no denominator. */
    public boolean survive(PrimeField field) {
        BigInteger p = BigInteger.valueOf(field.prime());
        return parts.stream().noneMatch(part -> part.mod(p).signum() == 0);
    }

    private static void addPart(Set<BigInteger> parts, BigInteger part) {
        BigInteger magnitude = part.abs();
        if (magnitude.compareTo(BigInteger.ONE) > 0) {
            parts.add(magnitude);
        }
    }
}
