package org.lawkeeper.harness.discrete;

import org.lawkeeper.harness.dynamics.Objective;

/** Nesterov's accelerated gradient: y = θ + β(θ − θ⁻), θ⁺ = y − α∇L(y). */
public record NesterovMomentum(double step, double momentum) implements Optimiser {

    @Override
    public NesterovMomentum withStep(double newStep) {
        return new NesterovMomentum(newStep, momentum);
    }

    @Override
    public String describe() {
        return "Nesterov (β = " + momentum + ")";
    }

    @Override
    public Iterate start(Objective objective, double[] theta) {
        return new BasicIterate(objective, step, theta) {
            private final double[] lookahead = new double[theta.length];

            @Override
            protected double[] gradientPoint() {
                for (int j = 0; j < theta.length; j++) {
                    lookahead[j] = theta[j] + momentum * (theta[j] - previous[j]);
                }
                return lookahead;
            }

            @Override
            protected double updated(int j) {
                return lookahead[j] - step * gradient[j];
            }
        };
    }
}
