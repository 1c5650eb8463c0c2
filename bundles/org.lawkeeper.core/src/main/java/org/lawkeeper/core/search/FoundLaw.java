package org.lawkeeper.core.search;

import org.lawkeeper.core.polynomial.Polynomial;

/**
 * A polynomial law found by {@link LawSearch}, verified exactly.
 *
 * @param polynomial the law in the flow's state coordinates, with coprime integer coefficients
 * @param expression the same in the law language (parses back to {@code polynomial})
 * @param latex      the same as LaTeX
 * @param readable   the same in mathematical notation
 */
public record FoundLaw(Polynomial polynomial, String expression, String latex, String readable) {

    public int degree() {
        return polynomial.degree();
    }
}
