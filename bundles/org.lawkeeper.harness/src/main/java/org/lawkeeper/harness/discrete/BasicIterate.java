package org.lawkeeper.harness.discrete;

import org.lawkeeper.harness.dynamics.Objective;

/** Shared state of the optimisers: current and previous θ, the step's gradient, the velocity. */
abstract class BasicIterate implements Optimiser.Iterate {
    protected final Objective objective;
    protected final double step;
    protected final double[] theta;
    protected final double[] previous;
    protected final double[] gradient;
    private final double[] velocity;

    BasicIterate(Objective objective, double step, double[] theta) {
        this.objective = objective;
        this.step = step;
        this.theta = theta.clone();
        this.previous = theta.clone();
        this.gradient = new double[theta.length];
        this.velocity = new double[theta.length];
    }

    @Override
    public final void advance() {
        double[] before = theta.clone();
        objective.gradient(gradientPoint(), gradient);
        update();
        System.arraycopy(before, 0, previous, 0, theta.length);
        for (int j = 0; j < theta.length; j++) {
            velocity[j] = (theta[j] - previous[j]) / step;
        }
    }

    /** Where the step's gradient is taken: θ, unless the optimiser looks ahead. */
    protected double[] gradientPoint() {
        return theta;
    }

    /**
     * Moves {@link #theta}, given {@link #gradient} at {@link #gradientPoint()}; {@link #previous} still
     * holds the point before the last update. By default coordinate by coordinate, see {@link #updated}.
     */
    protected void update() {
        for (int j = 0; j < theta.length; j++) {
            theta[j] = updated(j);
        }
    }

    /** The new θ_j of a coordinate-wise rule. */
    protected abstract double updated(int j);

    @Override
    public double[] theta() {
        return theta;
    }

    @Override
    public double[] velocity() {
        return velocity;
    }
}
