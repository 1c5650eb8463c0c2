package org.lawkeeper.core.linalg;

import org.lawkeeper.core.polynomial.Monomial;
import org.lawkeeper.core.polynomial.Polynomial;

/** Values and gradients of exact polynomials at a point of F_p^n. */
public final class ModularPolynomials {
    private ModularPolynomials() {
    }

    /** ∏ point[v] over the variables of {@code m}, with repetition. */
    public static long monomial(Monomial m, long[] point, PrimeField field) {
        long product = 1;
        for (int v : m.variables()) {
            product = field.multiply(product, point[v]);
        }
        return product;
    }

    /** ∇p at {@code point}, a vector of length {@code point.length}. */
    public static long[] gradient(Polynomial p, long[] point, PrimeField field) {
        long[] gradient = new long[point.length];
        p.forEachTerm((m, c) -> {
            long coefficient = field.fromRational(c);
            for (int v : m.support()) {
                long partial = field.multiply(field.multiply(coefficient, m.exponent(v)),
                        monomial(m.withoutOne(v), point, field));
                gradient[v] = field.add(gradient[v], partial);
            }
        });
        return gradient;
    }
}
