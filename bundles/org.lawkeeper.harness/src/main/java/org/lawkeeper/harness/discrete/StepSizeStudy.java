package org.lawkeeper.harness.discrete;

import java.util.Arrays;
import java.util.Optional;
import org.lawkeeper.core.law.Law;
import org.lawkeeper.harness.dynamics.Discard;
import org.lawkeeper.harness.dynamics.Objective;
import org.lawkeeper.harness.trials.Trial;

/**
 * How a law's drift under a discrete optimiser scales with the step size: the optimiser runs a fixed
 * number of iterations at each step size, and the log-log slope of drift against α is fitted by
 * least squares. Gradient descent changes a gradient-flow law by O(α²) per iteration, so at a fixed
 * iteration count the slope is 2 (at a fixed time horizon, α·iterations, it would be 1).
 *
 * @param optimiser  the optimiser (its own step size is ignored)
 * @param iterations iterations per step size
 * @param steps      the step sizes, e.g. {@link #geometric}
 */
public record StepSizeStudy(Optimiser optimiser, int iterations, double[] steps) {
    /** |θ|_∞ above which a run counts as diverged. */
    private static final double DIVERGENCE = 1e8;

    public StepSizeStudy {
        if (iterations < 1 || steps.length < 2) {
            throw new IllegalArgumentException("a study needs at least one iteration and two step sizes");
        }
        steps = steps.clone();
    }

    /** {@code count} step sizes from {@code largest} down by factors of 2. */
    public static double[] geometric(double largest, int count) {
        double[] steps = new double[count];
        for (int i = 0; i < count; i++) {
            steps[i] = largest / (1 << i);
        }
        return steps;
    }

    /**
     * The measured drifts and their slope.
     *
     * @param drifts max over the run of max_k |h_k − h_k(0)|, per step size
     * @param slope  least-squares slope of log drift against log α
     */
    public record Result(String optimiser, int iterations, double[] steps, double[] drifts, double slope,
            Optional<Discard> discard) {
    }

    /** Runs the optimiser from the trial's θ(0) on its loss, judging the trial's law. */
    public Result run(Trial trial) {
        double[] drifts = new double[steps.length];
        for (int s = 0; s < steps.length; s++) {
            Objective objective = new Objective(trial.model(), trial.loss());
            Optimiser.Iterate iterate = optimiser.withStep(steps[s]).start(objective, trial.theta());
            Law law = trial.law();
            boolean momentum = trial.flow().hasMomentum();
            double[] start = law.evaluate(0, iterate.theta(), momentum ? iterate.velocity() : new double[0]);
            for (int k = 1; k <= iterations; k++) {
                iterate.advance();
                double size = Arrays.stream(iterate.theta()).map(Math::abs).max().orElse(0);
                if (!(size < DIVERGENCE)) {
                    Discard discard = new Discard(Double.isFinite(size) ? Discard.Reason.DIVERGED
                            : Discard.Reason.NOT_FINITE, "at step size " + steps[s] + ", iteration " + k);
                    return new Result(optimiser.describe(), iterations, steps, drifts, Double.NaN, Optional.of(discard));
                }
                double[] h = law.evaluate(k * steps[s], iterate.theta(), momentum ? iterate.velocity() : new double[0]);
                for (int e = 0; e < h.length; e++) {
                    drifts[s] = Math.max(drifts[s], Math.abs(h[e] - start[e]));
                }
            }
        }
        return new Result(optimiser.describe(), iterations, steps, drifts, slope(steps, drifts), Optional.empty());
    }

    private static double slope(double[] x, double[] y) {
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += Math.log(x[i]) / n;
            my += Math.log(y[i]) / n;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (Math.log(x[i]) - mx) * (Math.log(y[i]) - my);
            sxx += (Math.log(x[i]) - mx) * (Math.log(x[i]) - mx);
        }
        return sxy / sxx;
    }
}
