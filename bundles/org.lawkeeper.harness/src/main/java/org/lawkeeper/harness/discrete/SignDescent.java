package org.lawkeeper.harness.discrete;

import org.lawkeeper.harness.dynamics.Objective;

/**
 * Sign descent θ⁺ = θ − α·sign(∇L(θ) + λθ), coordinate by coordinate: the limit of Adam without moment
 * averaging, and the simplest update that is not linear in the gradient.
 */
public record SignDescent(double step, double weightDecay) implements Optimiser {

    @Override
    public SignDescent withStep(double newStep) {
        return new SignDescent(newStep, weightDecay);
    }

    @Override
    public String describe() {
        return Optimiser.withDecay("sign descent", weightDecay);
    }

    @Override
    public Iterate start(Objective objective, double[] theta) {
        return new Steps(objective, step, weightDecay, theta);
    }

    private static final class Steps extends BasicIterate {
        Steps(Objective objective, double step, double weightDecay, double[] theta) {
            super(objective, step, weightDecay, theta);
        }

        private Steps(Steps other, Objective objective) {
            super(other, objective);
        }

        @Override
        protected double updated(int j) {
            return theta[j] - step * Math.signum(gradient[j]);
        }

        @Override
        public Iterate copy(Objective other) {
            return new Steps(this, other);
        }
    }
}
