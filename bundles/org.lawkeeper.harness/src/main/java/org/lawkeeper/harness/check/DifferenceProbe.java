package org.lawkeeper.harness.check;

import java.util.SplittableRandom;
import org.lawkeeper.core.law.Law;

/**
 * The probe of non-polynomial laws: the sensitivity is a central difference along a fixed random
 * Gaussian direction, scaled by √n towards the gradient's 1-norm. It serves the verdict's fast path
 * only, so an underestimate costs a second integration, never a false alarm (see {@link DriftCheck}).
 */
final class DifferenceProbe implements LawProbe {
    private static final double DIFFERENCE_STEP = 1e-5;

    private final Law law;
    private final boolean momentum;
    private double[] direction;

    DifferenceProbe(Law law, boolean momentum) {
        this.law = law;
        this.momentum = momentum;
    }

    @Override
    public Measurement measure(double time, double[] theta, double[] velocity) {
        double[] v = momentum ? velocity : new double[0];
        double[] h = law.evaluate(time, theta, v);
        int n = theta.length + v.length;
        if (direction == null) {
            SplittableRandom random = new SplittableRandom(n);
            direction = new double[n];
            for (int j = 0; j < n; j++) {
                direction[j] = random.nextGaussian();
            }
        }
        double size = 0;
        for (double x : theta) {
            size = Math.max(size, Math.abs(x));
        }
        for (double x : v) {
            size = Math.max(size, Math.abs(x));
        }
        double delta = DIFFERENCE_STEP * (1 + size);
        double[] plus = law.evaluate(time, shifted(theta, 0, delta), shifted(v, theta.length, delta));
        double[] minus = law.evaluate(time, shifted(theta, 0, -delta), shifted(v, theta.length, -delta));
        double slope = 0;
        double largest = 0;
        for (int k = 0; k < h.length; k++) {
            slope = Math.max(slope, Math.abs(plus[k] - minus[k]) / (2 * delta));
            largest = Math.max(largest, Math.abs(h[k]));
        }
        double sensitivity = slope * Math.sqrt(n);
        // the evaluation cannot tell a constant from the rest: it counts for rounding, not for the scale
        return new Measurement(h, sensitivity, largest + sensitivity * size, sensitivity * size);
    }

    private double[] shifted(double[] base, int offset, double delta) {
        double[] out = base.clone();
        for (int j = 0; j < out.length; j++) {
            out[j] += delta * direction[offset + j];
        }
        return out;
    }
}
