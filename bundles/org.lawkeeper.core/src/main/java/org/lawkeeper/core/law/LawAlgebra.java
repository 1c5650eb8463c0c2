package org.lawkeeper.core.law;

import org.hipparchus.fraction.BigFraction;

/**
 * The scalars a law is evaluated in: floating-point values at one state ({@link DoubleAlgebra}) or
 * exact polynomials in the state coordinates ({@link PolynomialAlgebra}). The matrix operations of
 * the language are written once, over this interface, in {@link LawEvaluator}.
 *
 * @param <S> the scalar type
 */
interface LawAlgebra<S> {

    S constant(BigFraction value);

    S add(S a, S b);

    S multiply(S a, S b);

    S negate(S a);

    /** Parameter θ_j. */
    S theta(int j);

    /** Velocity θ'_j. */
    S velocity(int j);

    /** Real time t. */
    S time(LawNode.Time node);

    /** e^x; {@code node} locates the call for messages. */
    S exp(S argument, LawNode.Exp node);
}
