package org.lawkeeper.harness.discrete;

import org.lawkeeper.harness.dynamics.Objective;

/** Polyak's heavy ball θ⁺ = θ − α∇L(θ) + β(θ − θ⁻), a discretisation of the momentum flow. */
public record HeavyBall(double step, double momentum) implements Optimiser {

    @Override
    public HeavyBall withStep(double newStep) {
        return new HeavyBall(newStep, momentum);
    }

    @Override
    public String describe() {
        return "heavy ball (β = " + momentum + ")";
    }

    @Override
    public Iterate start(Objective objective, double[] theta) {
        return new BasicIterate(objective, step, theta) {
            @Override
            protected double updated(int j) {
                return theta[j] - step * gradient[j] + momentum * (theta[j] - previous[j]);
            }
        };
    }
}
