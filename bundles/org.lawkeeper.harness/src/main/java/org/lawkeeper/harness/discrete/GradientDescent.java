package org.lawkeeper.harness.discrete;

import org.lawkeeper.harness.dynamics.Objective;

/** θ⁺ = θ − α(∇L(θ) + λθ): the explicit Euler discretisation of gradient flow with weight decay λ. */
public record GradientDescent(double step, double weightDecay) implements Optimiser {

    /** Without weight decay. */
    public GradientDescent(double step) {
        this(step, 0);
    }

    @Override
    public GradientDescent withStep(double newStep) {
        return new GradientDescent(newStep, weightDecay);
    }

    @Override
    public String describe() {
        return Optimiser.withDecay("gradient descent", weightDecay);
    }

    @Override
    public Iterate start(Objective objective, double[] theta) {
        return new Steps(objective, step, weightDecay, theta);
    }

    /** Plain gradient steps, which stochastic gradient descent takes on minibatches. */
    static class Steps extends BasicIterate {
        Steps(Objective objective, double step, double weightDecay, double[] theta) {
            super(objective, step, weightDecay, theta);
        }

        Steps(Steps other, Objective objective) {
            super(other, objective);
        }

        @Override
        protected double updated(int j) {
            return theta[j] - step * gradient[j];
        }

        @Override
        public Iterate copy(Objective other) {
            return new Steps(this, other);
        }
    }
}
