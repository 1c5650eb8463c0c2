package org.lawkeeper.core.model.net;

import org.hipparchus.fraction.BigFraction;

/**
 * The scalar operations a network's forward pass is written in. A value is an {@code int} handle owned
 * by the implementation: a node of a tape (doubles with their gradient, or jets over F_p), or a polynomial
 * in a symbolic expansion. One forward pass ({@link Network#forward}) thus serves every arithmetic,
 * and the implementations decide what exp, √ and ReLU mean in theirs (docs/ALGORITHMS.md §16).
 */
public interface ScalarOps {

    int constant(BigFraction value);

    /** θ_coordinate; the same coordinate gives the same value. */
    int parameter(int coordinate);

    /** The input entry x[token, feature]. */
    int input(int token, int feature);

    int add(int a, int b);

    int subtract(int a, int b);

    int multiply(int a, int b);

    int divide(int a, int b);

    int exp(int a);

    /** The positive square root. */
    int sqrt(int a);

    int relu(int a);

    /** Φ, the standard normal distribution function (GELU's gate). */
    int normalCdf(int a);

    /** √n for a whole n ≥ 1, a constant (attention's scale 1/√dk). */
    int squareRootOf(int n);

    /**
     * cos (or sin when {@code sine}) of the rotary angle position·ω_j for j = {@code frequency} of
     * {@code frequencies} = dk/2: rotary position encoding turns the pair of key columns (2j, 2j+1) by
     * this angle at each position.
     */
    int rotation(int frequency, int frequencies, int position, boolean sine);

    /** σ(a) = 1/(1 + e^{−a}). */
    default int sigmoid(int a) {
        int one = constant(BigFraction.ONE);
        return divide(one, add(one, exp(subtract(constant(BigFraction.ZERO), a))));
    }

    /** The softmax of {@code logits}: e^{z_i}/Σ e^{z_j}. */
    default int[] softmax(int[] logits) {
        int[] exps = new int[logits.length];
        int sum = -1;
        for (int i = 0; i < logits.length; i++) {
            exps[i] = exp(logits[i]);
            sum = i == 0 ? exps[i] : add(sum, exps[i]);
        }
        int[] probabilities = new int[logits.length];
        for (int i = 0; i < logits.length; i++) {
            probabilities[i] = divide(exps[i], sum);
        }
        return probabilities;
    }
}
