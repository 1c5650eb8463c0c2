package org.lawkeeper.core.law;

import java.util.List;
import org.lawkeeper.core.polynomial.Polynomial;

/**
 * A candidate conservation law written in the law language (see {@link LawParser}), bound to a model
 * and a flow. A matrix-valued expression stands for its functionally independent entries only: the
 * strict upper triangle of a skew-symmetric result, the upper triangle with the diagonal of a
 * symmetric one, no constant entries.
 */
public interface Law {

    /** The expression as the user wrote it. */
    String text();

    /** The number of independent scalar laws the expression stands for. */
    int size();

    /** Readable names of those entries, 1-based: {@code [1,2]}, {@code [3]}, or {@code ""} for a scalar. */
    List<String> entryNames();

    /**
     * The values of the independent entries at a state.
     *
     * @param time     real time t (not s = e^{rt}); ignored by flows without a time coordinate
     * @param theta    the parameters θ, of length D
     * @param velocity θ', of length D for momentum flows and 0 for first-order flows
     */
    double[] evaluate(double time, double[] theta, double[] velocity);

    /** Whether every entry is a polynomial in the flow's state coordinates, so that {@link #polynomials()} exists. */
    boolean isPolynomial();

    /**
     * The independent entries as exact polynomials in the flow's state coordinates: θ for first-order
     * flows; (c, θ, θ') for momentum flows with c = t (τ = 0, Nesterov) or c = s = e^{τt} (τ ≠ 0).
     *
     * @throws UnsupportedOperationException when {@link #isPolynomial()} is false; the message says why
     */
    List<Polynomial> polynomials();
}
