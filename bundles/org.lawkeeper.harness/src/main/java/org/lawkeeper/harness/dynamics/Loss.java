package org.lawkeeper.harness.dynamics;

import java.util.Locale;

/**
 * A loss as a function ℓ of φ: the flows need only its value and its gradient ∂ℓ/∂φ, since
 * ∇L(θ) = Σ_i ∂ℓ/∂φ_i ∇φ_i(θ).
 */
public sealed interface Loss permits SquareLoss, LogisticLoss, SmoothLoss {

    /** ℓ(φ). */
    double value(double[] phi);

    /** ∂ℓ/∂φ into {@code out} (length d, overwritten). */
    void gradient(double[] phi, double[] out);

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
