package org.lawkeeper.core.linalg;

import java.util.SplittableRandom;
import org.lawkeeper.core.polynomial.Polynomial;

/**
 * Functional independence of polynomial laws: the span of their gradients at one random point of
 * F_p. Laws h_1..h_k are independent iff their gradients are independent at a generic point, and a
 * random point of F_p is generic with high probability (Schwartz–Zippel).
 */
public final class GradientSpan_MODP {
    private final PrimeField field;
    private final long[] point;
    private final Echelon_MODP span;

    /** The span at a given point of F_p^n. */
    public GradientSpan_MODP(PrimeField field, long[] point) {
        this.field = field;
        this.point = point.clone();
        this.span = new Echelon_MODP(field, point.length);
    }

    /**
     * The span at a point drawn, with its prime, from {@code seed}: the same seed, the same decisions. The prime
     * divides none of {@code constants} (the coefficients of the laws to be added, docs/ALGORITHMS.md §5.5).
     */
    public static GradientSpan_MODP random(int dimension, long seed, RationalConstants constants) {
        SplittableRandom random = new SplittableRandom(seed);
        PrimeField field = PrimeField.random(random, constants::survive);
        long[] point = new long[dimension];
        for (int i = 0; i < dimension; i++) {
            point[i] = field.randomElement(random);
        }
        return new GradientSpan_MODP(field, point);
    }

    /** Adds {@code law} if it is independent of the laws added so far; returns whether it was. */
    public boolean add(Polynomial law) {
        return span.add(ModularPolynomials.gradient(law, point, field));
    }

    /** The number of independent laws added. */
    public int rank() {
        return span.rank();
    }
}
