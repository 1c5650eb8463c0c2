package org.lawkeeper.harness.discrete;

import org.lawkeeper.harness.dynamics.Objective;

/**
 * Adam: bias-corrected first and second moments of the gradient (with the coupled decay λθ, "L2"),
 * θ⁺ = θ − α m̂/(√v̂ + ε). Its small-step limit is a sign-like flow, not gradient flow, so gradient-flow laws
 * typically drift at every step size, linear ones included.
 */
public record Adam(double step, double beta1, double beta2, double epsilon, double weightDecay) implements Optimiser {

    /** The usual defaults β1 = 0.9, β2 = 0.999, ε = 1e−8, no weight decay. */
    public Adam(double step) {
        this(step, 0.9, 0.999, 1e-8, 0);
    }

    @Override
    public Adam withStep(double newStep) {
        return new Adam(newStep, beta1, beta2, epsilon, weightDecay);
    }

    @Override
    public String describe() {
        return Optimiser.withDecay("Adam (β1 = " + beta1 + ", β2 = " + beta2 + ")", weightDecay);
    }

    @Override
    public Iterate start(Objective objective, double[] theta) {
        return new Steps(objective, this, theta);
    }

    private static final class Steps extends BasicIterate {
        private final Adam adam;
        private final double[] first;
        private final double[] second;
        private double correction1;
        private double correction2;
        private int count;

        Steps(Objective objective, Adam adam, double[] theta) {
            super(objective, adam.step, adam.weightDecay, theta);
            this.adam = adam;
            this.first = new double[theta.length];
            this.second = new double[theta.length];
        }

        private Steps(Steps other, Objective objective) {
            super(other, objective);
            this.adam = other.adam;
            this.first = other.first.clone();
            this.second = other.second.clone();
            this.count = other.count;
        }

        @Override
        protected void update() {
            count++;
            correction1 = 1 - Math.pow(adam.beta1, count);
            correction2 = 1 - Math.pow(adam.beta2, count);
            super.update();
        }

        @Override
        protected double updated(int j) {
            first[j] = adam.beta1 * first[j] + (1 - adam.beta1) * gradient[j];
            second[j] = adam.beta2 * second[j] + (1 - adam.beta2) * gradient[j] * gradient[j];
            return theta[j] - step * (first[j] / correction1) / (Math.sqrt(second[j] / correction2) + adam.epsilon);
        }

        @Override
        public Iterate copy(Objective other) {
            return new Steps(this, other);
        }
    }
}
