package org.lawkeeper.harness.discrete;

import org.lawkeeper.harness.dynamics.Objective;

/** θ⁺ = θ − α∇L(θ): the explicit Euler discretisation of gradient flow. */
public record GradientDescent(double step) implements Optimiser {

    @Override
    public GradientDescent withStep(double newStep) {
        return new GradientDescent(newStep);
    }

    @Override
    public String describe() {
        return "gradient descent";
    }

    @Override
    public Iterate start(Objective objective, double[] theta) {
        return new BasicIterate(objective, step, theta) {
            @Override
            protected double updated(int j) {
                return theta[j] - step * gradient[j];
            }
        };
    }
}
