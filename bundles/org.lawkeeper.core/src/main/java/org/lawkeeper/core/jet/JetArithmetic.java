package org.lawkeeper.core.jet;

import java.util.random.RandomGenerator;
import org.hipparchus.fraction.BigFraction;

/**
 * Arithmetic on <em>nested dual numbers</em> over one scalar field, stored flat in a primitive array
 * {@code A} ({@code long[]} for F_p, {@code double[]} for floating point).
 *
 * <p>A jet of order m is an element of R[ε_1, …, ε_m]/(ε_i²) and occupies a block of 2^m scalars:
 * the coefficient of ∏_{i∈S} ε_i sits at offset {@code S} (a bit mask). Its first half is the jet
 * of order m-1 without ε_m (the "value"), its second half the ε_m coefficient (the "derivative").
 * Evaluating a field at {@code q + ε w} yields its value and its derivative in direction w at once,
 * which is all a Lie bracket [X, Y](q) = DY(q)X(q) − DX(q)Y(q) needs: no symbolic expansion.
 *
 * @param <A> the primitive array type holding scalars
 */
public interface JetArithmetic<A> {

    A allocate(int length);

    /** Uniform (exact) or standard normal (floating point) scalars. */
    A random(int length, RandomGenerator random);

    /** The image of an exact rational. */
    void setRational(A out, int at, BigFraction value);

    /** out[oo..oo+size) = x[xo..) * scalar c[ci], elementwise accumulation: out += c·x. */
    void addScaled(A c, int ci, A x, int xo, A out, int oo, int size);

    /**
     * {@link #addScaled} into sums that may stay unreduced until {@link #settle}: for long sums of terms, where
     * reducing each term would cost more than the term. Entries of {@code sums} are only valid after settling.
     */
    default void accumulate(A c, int ci, A x, int xo, A sums, int so, int size) {
        addScaled(c, ci, x, xo, sums, so, size);
    }

    /**
     * out[oo..oo+size) += Σ_{t ∈ [from, to)} c[t]·x at variable[t]·size: one component's terms of degree 1 at a jet
     * point of {@code size} scalars per coordinate; out's entries are canonical before and after.
     */
    default void addProducts(A c, int from, int to, int[] variable, A x, int size, A out, int oo) {
        for (int t = from; t < to; t++) {
            addScaled(c, t, x, variable[t] * size, out, oo, size);
        }
    }

    /** Brings sums built by {@link #accumulate} to their canonical values, in place. */
    default void settle(A sums) {
    }

    /** out[oo..oo+size) += x[xo..) */
    void add(A x, int xo, A out, int oo, int size);

    /** out[oo..oo+size) = x[xo..) − y[yo..) */
    void subtract(A x, int xo, A y, int yo, A out, int oo, int size);

    /** out block (order m, size 2^m) = x block · y block in the jet ring; out must not overlap x or y. */
    void multiply(A x, int xo, A y, int yo, A out, int oo, int order);

    /** out = x⁻¹ for scalars; returns false when x is zero (or negligibly small in floating point). */
    boolean invertScalar(A x, int xo, A out, int oo);

    /** out block = x block⁻¹; returns false (leaving out undefined) when the value part is not invertible. */
    default boolean invert(A x, int xo, A out, int oo, int order) {
        if (order == 0) {
            return invertScalar(x, xo, out, oo);
        }
        int half = 1 << (order - 1);
        if (!invert(x, xo, out, oo, order - 1)) {
            return false;
        }
        // (a + bε)⁻¹ = a⁻¹ − a⁻² b ε
        A square = allocate(half);
        multiply(out, oo, out, oo, square, 0, order - 1);
        A derivative = allocate(half);
        multiply(square, 0, x, xo + half, derivative, 0, order - 1);
        subtract(allocate(half), 0, derivative, 0, out, oo + half, half);
        return true;
    }

    /** c[ci] = a[ai] · b[bi] for scalars. */
    void multiplyScalars(A a, int ai, A b, int bi, A c, int ci);

    /** Whether the scalar is zero (exactly, or below {@code 1e-300} in magnitude for floating point). */
    boolean isZero(A x, int at);

    /** A scalar as a double, for reporting (the canonical representative for F_p). */
    double toDouble(A x, int at);
}
