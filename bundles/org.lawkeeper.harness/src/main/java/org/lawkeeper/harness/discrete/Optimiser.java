package org.lawkeeper.harness.discrete;

import org.lawkeeper.harness.dynamics.Objective;

/**
 * A discrete optimiser with a step size α. Laws of the continuous flows hold for these only
 * approximately; how the drift scales with α is what {@link StepSizeStudy} measures.
 */
public sealed interface Optimiser permits GradientDescent, HeavyBall, NesterovMomentum, MirrorDescent, Adam {

    /** α. */
    double step();

    /** The same optimiser with step size {@code step}. */
    Optimiser withStep(double step);

    /** A short name with its parameters other than the step size, e.g. {@code heavy ball (β = 0.9)}. */
    String describe();

    /** Starts iterating from θ; the iterate keeps its own state (previous point, moments). */
    Iterate start(Objective objective, double[] theta);

    /** The mutable state of one run. */
    interface Iterate {

        /** One update. */
        void advance();

        /** The current θ (do not keep: updated in place). */
        double[] theta();

        /** (θ_k − θ_{k−1})/α, the discrete velocity; 0 before the first step. */
        double[] velocity();
    }
}
