package org.lawkeeper.harness.dynamics;

import java.util.Locale;

/**
 * A loss as a function ℓ of the predictions p(θ) of a {@link Predictor}: of φ for the losses of a
 * factorisation ({@link SquareLoss}, {@link LogisticLoss}, {@link SmoothLoss}), of a network's outputs for a
 * {@link NetworkLoss}. The flows need only its value and its gradient ∂ℓ/∂p, since
 * ∇L(θ) = Σ_i ∂ℓ/∂p_i ∇p_i(θ).
 */
public sealed interface Loss permits SquareLoss, LogisticLoss, SmoothLoss, NetworkLoss {

    /** ℓ(p). */
    double value(double[] predictions);

    /** ∂ℓ/∂p into {@code out} (length m, overwritten). */
    void gradient(double[] predictions, double[] out);

    /** The number of data points the loss sums over (1 for a loss without data). */
    int points();

    /**
     * The same loss on the data points at {@code points} only: the loss of one step of stochastic gradient
     * descent. A loss without data points is its own minibatch.
     */
    Loss minibatch(int[] points);

    /** A short description for reports and statistics, e.g. {@code square loss on 3 data points}. */
    String describe();

    /** The description with every number, e.g. {@code square loss: a_1 = [0.5, -1], y_1 = 0.25}. */
    String details();

    /** Numbers as a report shows them. */
    static String format(double[] values) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            text.append(i == 0 ? "" : ", ").append(format(values[i]));
        }
        return text.append(']').toString();
    }

    /** A number as a report shows it: four significant digits. */
    static String format(double value) {
        return String.format(Locale.ROOT, "%.4g", value);
    }
}
