package org.lawkeeper.core.field;

/**
 * What the exp-algebraic functions of a network are worth at a member's base point (docs/ALGORITHMS.md §16).
 * Exactly, e^z, Φ(z) and e^{−z²/2} are adjoined as fresh random elements of F_p, the ReLU patterns are
 * random elements, and √s is the square root in F_p; in floating point they are the real values. Values
 * are drawn in call order from a stream that {@link #restart} rewinds, so every evaluation of the same
 * member — at any jet order — sees the same values.
 *
 * @param <A> the primitive array type of the arithmetic
 */
interface Adjoined<A> {

    /** The functions whose Taylor coefficients the tape asks for. */
    enum Function { EXP, SQRT, NORMAL_CDF }

    /** Rewinds the stream: the next evaluation of the member draws the same values. */
    void restart();

    /**
     * The Taylor coefficients c_0 … c_{count−1} of {@code function} at the scalar z[at] (c_k = f^{(k)}/k!);
     * null when the function is undefined there (a square root of a non-square, of zero).
     */
    A taylor(Function function, A z, int at, int count);

    /** The scalar that stands for the next ReLU unit's activation pattern. */
    A pattern();

    /** √n as a scalar. */
    A squareRootOf(int n);

    /** cos (or sin) of the rotary angle position·ω_j, j = {@code frequency} of {@code frequencies}. */
    A rotation(int frequency, int frequencies, int position, boolean sine);
}
