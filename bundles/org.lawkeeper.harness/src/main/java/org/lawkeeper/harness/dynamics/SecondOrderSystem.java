package org.lawkeeper.harness.dynamics;

import java.util.Arrays;

/**
 * θ'' + γ(t)θ' = −M∇L − λθ on (θ, v): γ = τ (heavy ball) or 3/t (Nesterov); M = diag(τθ + v) on mirrored
 * coordinates for the mirror momentum flow, identity otherwise; weight decay λ (heavy ball only).
 */
final class SecondOrderSystem extends FlowSystem {
    private final double tau;
    private final boolean nesterov;
    private final boolean mirror;
    private final double weightDecay;
    private final double[] position;
    private final double[] gradient;

    SecondOrderSystem(Objective objective, double tau, boolean nesterov, boolean mirror, double weightDecay) {
        super(objective);
        this.tau = tau;
        this.nesterov = nesterov;
        this.mirror = mirror;
        this.weightDecay = weightDecay;
        this.position = new double[parameterCount];
        this.gradient = new double[parameterCount];
    }

    @Override
    public int getDimension() {
        return 2 * parameterCount;
    }

    @Override
    public double[] computeDerivatives(double t, double[] state) {
        int n = parameterCount;
        System.arraycopy(state, 0, position, 0, n);
        objective.gradient(position, gradient);
        double friction = nesterov ? 3 / t : tau;
        double[] rate = new double[2 * n];
        for (int j = 0; j < n; j++) {
            double v = state[n + j];
            double m = mirror && objective.mirrored(j) ? tau * state[j] + v : 1;
            rate[j] = v;
            rate[n + j] = -friction * v - m * gradient[j] - weightDecay * state[j];
        }
        return rate;
    }

    @Override
    public boolean hasVelocity() {
        return true;
    }

    @Override
    public double startTime() {
        return nesterov ? NESTEROV_START : 0;
    }

    @Override
    public double[] initialState(double[] theta, double[] velocity) {
        double[] state = Arrays.copyOf(theta, 2 * parameterCount);
        System.arraycopy(velocity, 0, state, parameterCount, parameterCount);
        return state;
    }

    @Override
    public boolean inDomain(double[] state) {
        return true;
    }
}
