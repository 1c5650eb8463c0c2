package org.lawkeeper.harness.discrete;

import org.lawkeeper.harness.dynamics.Objective;

/**
 * Shared state of the optimisers: current and previous θ, the point where the step's gradient is taken,
 * the loss gradient there and the full gradient with the coupled weight decay, the velocity. Subclasses
 * implement the update and a copy constructor (for the gradient-free twin of a step, §18).
 */
abstract class BasicIterate implements Optimiser.Iterate {
    protected final Objective objective;
    protected final double step;
    protected final double weightDecay;
    protected final double[] theta;
    protected final double[] previous;
    protected final double[] point;
    protected final double[] lossGradient;
    /** ∇L(point) + λ·point: what the update uses. */
    protected final double[] gradient;
    private final double[] velocity;
    private Objective lastObjective;

    BasicIterate(Objective objective, double step, double weightDecay, double[] theta) {
        this.objective = objective;
        this.step = step;
        this.weightDecay = weightDecay;
        this.theta = theta.clone();
        this.previous = theta.clone();
        this.point = theta.clone();
        this.lossGradient = new double[theta.length];
        this.gradient = new double[theta.length];
        this.velocity = new double[theta.length];
        this.lastObjective = objective;
    }

    /** A copy of {@code other}'s state that steps on {@code objective}. */
    BasicIterate(BasicIterate other, Objective objective) {
        this.objective = objective;
        this.step = other.step;
        this.weightDecay = other.weightDecay;
        this.theta = other.theta.clone();
        this.previous = other.previous.clone();
        this.point = other.point.clone();
        this.lossGradient = other.lossGradient.clone();
        this.gradient = other.gradient.clone();
        this.velocity = other.velocity.clone();
        this.lastObjective = objective;
    }

    @Override
    public final void advance() {
        double[] before = theta.clone();
        lastObjective = stepObjective();
        gradientPoint(point);
        lastObjective.gradient(point, lossGradient);
        for (int j = 0; j < theta.length; j++) {
            gradient[j] = lossGradient[j] + weightDecay * point[j];
        }
        update();
        System.arraycopy(before, 0, previous, 0, theta.length);
        for (int j = 0; j < theta.length; j++) {
            velocity[j] = (theta[j] - previous[j]) / step;
        }
    }

    /** The objective of the next step: the whole loss, unless the optimiser samples a minibatch. */
    protected Objective stepObjective() {
        return objective;
    }

    /** Where the step's gradient is taken, into {@code out}: θ, unless the optimiser looks ahead. */
    protected void gradientPoint(double[] out) {
        System.arraycopy(theta, 0, out, 0, theta.length);
    }

    /**
     * Moves {@link #theta}, given {@link #gradient} at {@link #point}; {@link #previous} still holds the
     * point before the last update. By default coordinate by coordinate, see {@link #updated}.
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

    @Override
    public double[] gradientPoint() {
        return point;
    }

    @Override
    public double[] lossGradient() {
        return lossGradient;
    }

    @Override
    public Objective lastObjective() {
        return lastObjective;
    }
}
