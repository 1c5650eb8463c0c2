package org.lawkeeper.harness.discrete;

import org.lawkeeper.harness.dynamics.Objective;

/**
 * Mirror descent with the entropy potential: multiplicative updates θ⁺_j = θ_j·exp(−α ∂_jL) on
 * mirrored coordinates (which keeps them positive), gradient steps elsewhere. Discretises the mirror flow.
 */
public record MirrorDescent(double step) implements Optimiser {

    @Override
    public MirrorDescent withStep(double newStep) {
        return new MirrorDescent(newStep);
    }

    @Override
    public String describe() {
        return "mirror descent";
    }

    @Override
    public Iterate start(Objective objective, double[] theta) {
        return new Steps(objective, step, theta);
    }

    private static final class Steps extends BasicIterate {
        Steps(Objective objective, double step, double[] theta) {
            super(objective, step, 0, theta);
        }

        private Steps(Steps other, Objective objective) {
            super(other, objective);
        }

        @Override
        protected double updated(int j) {
            return objective.mirrored(j) ? theta[j] * Math.exp(-step * gradient[j]) : theta[j] - step * gradient[j];
        }

        @Override
        public Iterate copy(Objective other) {
            return new Steps(this, other);
        }
    }
}
