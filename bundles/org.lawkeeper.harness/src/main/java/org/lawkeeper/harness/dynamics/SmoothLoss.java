package org.lawkeeper.harness.dynamics;

/**
 * A random smooth loss of φ with no data behind it: Σ a_i φ_i + ½ Σ b_i φ_i² + ¼ c Σ φ_i⁴. Laws of
 * the generating fields hold for any smooth ℓ, so this probes directions the data losses may miss.
 *
 * @param linear    a (length d)
 * @param quadratic b (length d)
 * @param quartic   c ≥ 0
 */
public record SmoothLoss(double[] linear, double[] quadratic, double quartic) implements Loss {

    public SmoothLoss {
        if (linear.length != quadratic.length) {
            throw new IllegalArgumentException("linear and quadratic coefficients differ in length");
        }
        if (!(quartic >= 0)) {
            throw new IllegalArgumentException("the quartic coefficient must be ≥ 0, not " + quartic);
        }
        linear = linear.clone();
        quadratic = quadratic.clone();
    }

    @Override
    public double value(double[] phi) {
        double sum = 0;
        for (int i = 0; i < linear.length; i++) {
            double p = phi[i];
            double square = p * p;
            sum += linear[i] * p + quadratic[i] * square / 2 + quartic * square * square / 4;
        }
        return sum;
    }

    @Override
    public void gradient(double[] phi, double[] out) {
        for (int i = 0; i < linear.length; i++) {
            double p = phi[i];
            out[i] = linear[i] + quadratic[i] * p + quartic * p * p * p;
        }
    }

    @Override
    public int points() {
        return 1;
    }

    @Override
    public Loss minibatch(int[] points) {
        return this;
    }

    @Override
    public String details() {
        return "smooth loss of φ: a = " + Loss.format(linear) + ", b = " + Loss.format(quadratic) + ", c = "
                + Loss.format(quartic);
    }

    @Override
    public String describe() {
        return "smooth loss of φ (linear, quadratic" + (quartic > 0 ? ", quartic" : "") + " terms)";
    }
}
