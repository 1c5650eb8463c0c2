package org.lawkeeper.harness.discrete;

import org.lawkeeper.harness.dynamics.Objective;

/**
 * A discrete optimiser with a step size α (also written η) and, where it has one, a coupled weight decay λ:
 * the decay λθ is added to the loss gradient before the update. Laws of the continuous flows hold for these
 * only approximately, with a drift that {@link StepSizeStudy} measures, except where the mathematics gives
 * identities ({@link StepIdentity}).
 */
public sealed interface Optimiser permits GradientDescent, StochasticGradientDescent, HeavyBall, NesterovMomentum,
        MirrorDescent, Adam, SignDescent {

    /** α. */
    double step();

    /** The coupled weight decay λ ≥ 0. */
    default double weightDecay() {
        return 0;
    }

    /** The same optimiser with step size {@code step}. */
    Optimiser withStep(double step);

    /** A short name with its parameters other than the step size, e.g. {@code heavy ball (β = 0.9)}. */
    String describe();

    /** Starts iterating from θ; the iterate keeps its own state (previous point, moments). */
    Iterate start(Objective objective, double[] theta);

    /** {@code name}, followed by the decay when there is one: {@code gradient descent (wd = 0.1)}. */
    static String withDecay(String name, double weightDecay) {
        return weightDecay == 0 ? name : name + " (wd = " + weightDecay + ")";
    }

    /** The mutable state of one run. */
    interface Iterate {

        /** One update. */
        void advance();

        /** The current θ (do not keep: updated in place). */
        double[] theta();

        /** (θ_k − θ_{k−1})/α, the discrete velocity; 0 before the first step. */
        double[] velocity();

        /** Where the last step took its gradient: θ, or Nesterov's look-ahead point. */
        double[] gradientPoint();

        /** ∇L at the gradient point of the last step, without the weight decay. */
        double[] lossGradient();

        /** The objective of the last step: the loss, or the minibatch's for stochastic gradient descent. */
        Objective lastObjective();

        /** An independent copy of this state that steps on {@code objective} from now on. */
        Iterate copy(Objective objective);
    }
}
