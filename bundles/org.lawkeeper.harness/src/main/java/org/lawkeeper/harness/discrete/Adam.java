package org.lawkeeper.harness.discrete;

import org.lawkeeper.harness.dynamics.Objective;

/**
 * Adam: bias-corrected first and second moments, θ⁺ = θ − α m̂/(√v̂ + ε). Its small-step limit is a
 * sign-like flow, not gradient flow, so gradient-flow laws typically drift at every step size.
 */
public record Adam(double step, double beta1, double beta2, double epsilon) implements Optimiser {

    /** The usual defaults β1 = 0.9, β2 = 0.999, ε = 1e−8. */
    public Adam(double step) {
        this(step, 0.9, 0.999, 1e-8);
    }

    @Override
    public Adam withStep(double newStep) {
        return new Adam(newStep, beta1, beta2, epsilon);
    }

    @Override
    public String describe() {
        return "Adam (β1 = " + beta1 + ", β2 = " + beta2 + ")";
    }

    @Override
    public Iterate start(Objective objective, double[] theta) {
        return new BasicIterate(objective, step, theta) {
            private final double[] first = new double[theta.length];
            private final double[] second = new double[theta.length];
            private double correction1;
            private double correction2;
            private int count;

            @Override
            protected void update() {
                count++;
                correction1 = 1 - Math.pow(beta1, count);
                correction2 = 1 - Math.pow(beta2, count);
                super.update();
            }

            @Override
            protected double updated(int j) {
                first[j] = beta1 * first[j] + (1 - beta1) * gradient[j];
                second[j] = beta2 * second[j] + (1 - beta2) * gradient[j] * gradient[j];
                return theta[j] - step * (first[j] / correction1) / (Math.sqrt(second[j] / correction2) + epsilon);
            }
        };
    }
}
