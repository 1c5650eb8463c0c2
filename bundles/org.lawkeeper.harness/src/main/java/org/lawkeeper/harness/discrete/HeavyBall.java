package org.lawkeeper.harness.discrete;

import org.lawkeeper.harness.dynamics.Objective;

/** Polyak's heavy ball θ⁺ = θ − α(∇L(θ) + λθ) + β(θ − θ⁻), a discretisation of the momentum flow. */
public record HeavyBall(double step, double momentum, double weightDecay) implements Optimiser {

    /** Without weight decay. */
    public HeavyBall(double step, double momentum) {
        this(step, momentum, 0);
    }

    @Override
    public HeavyBall withStep(double newStep) {
        return new HeavyBall(newStep, momentum, weightDecay);
    }

    @Override
    public String describe() {
        return Optimiser.withDecay("heavy ball (β = " + momentum + ")", weightDecay);
    }

    @Override
    public Iterate start(Objective objective, double[] theta) {
        return new Steps(objective, this, theta);
    }

    private static final class Steps extends BasicIterate {
        private final double momentum;

        Steps(Objective objective, HeavyBall optimiser, double[] theta) {
            super(objective, optimiser.step, optimiser.weightDecay, theta);
            this.momentum = optimiser.momentum;
        }

        private Steps(Steps other, Objective objective) {
            super(other, objective);
            this.momentum = other.momentum;
        }

        @Override
        protected double updated(int j) {
            return theta[j] - step * gradient[j] + momentum * (theta[j] - previous[j]);
        }

        @Override
        public Iterate copy(Objective other) {
            return new Steps(this, other);
        }
    }
}
