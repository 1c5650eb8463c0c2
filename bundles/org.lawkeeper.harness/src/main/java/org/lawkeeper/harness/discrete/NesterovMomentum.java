package org.lawkeeper.harness.discrete;

import org.lawkeeper.harness.dynamics.Objective;

/** Nesterov's accelerated gradient: y = θ + β(θ − θ⁻), θ⁺ = y − α(∇L(y) + λy). */
public record NesterovMomentum(double step, double momentum, double weightDecay) implements Optimiser {

    /** Without weight decay. */
    public NesterovMomentum(double step, double momentum) {
        this(step, momentum, 0);
    }

    @Override
    public NesterovMomentum withStep(double newStep) {
        return new NesterovMomentum(newStep, momentum, weightDecay);
    }

    @Override
    public String describe() {
        return Optimiser.withDecay("Nesterov (β = " + momentum + ")", weightDecay);
    }

    @Override
    public Iterate start(Objective objective, double[] theta) {
        return new Steps(objective, this, theta);
    }

    private static final class Steps extends BasicIterate {
        private final double momentum;

        Steps(Objective objective, NesterovMomentum optimiser, double[] theta) {
            super(objective, optimiser.step, optimiser.weightDecay, theta);
            this.momentum = optimiser.momentum;
        }

        private Steps(Steps other, Objective objective) {
            super(other, objective);
            this.momentum = other.momentum;
        }

        @Override
        protected void gradientPoint(double[] out) {
            for (int j = 0; j < theta.length; j++) {
                out[j] = theta[j] + momentum * (theta[j] - previous[j]);
            }
        }

        @Override
        protected double updated(int j) {
            return point[j] - step * gradient[j];
        }

        @Override
        public Iterate copy(Objective other) {
            return new Steps(this, other);
        }
    }
}
