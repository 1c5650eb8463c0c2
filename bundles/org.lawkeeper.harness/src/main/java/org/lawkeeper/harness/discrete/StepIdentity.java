package org.lawkeeper.harness.discrete;

import java.util.List;
import java.util.Optional;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.flow.GradientFlow;
import org.lawkeeper.core.law.Law;
import org.lawkeeper.core.law.StateLayout;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.harness.dynamics.Discard;
import org.lawkeeper.harness.dynamics.Objective;
import org.lawkeeper.harness.trials.Trial;

/**
 * The exact identity that one optimiser step satisfies for a gradient-flow law valid for every data set, when
 * the law is a linear or quadratic form of θ (docs/ALGORITHMS.md §18). With λ the coupled weight decay, y the
 * point where the step takes its loss gradient g = ∇L(y) (θ itself, or Nesterov's look-ahead), and θ⁺₀ the
 * same step taken with g replaced by 0:
 * <ul>
 * <li>quadratic h: h(θ⁺) = (1 − ηλ)²h(y) + η²h(g) for steps θ⁺ = y − η(g + λy) — gradient descent, stochastic
 * gradient descent (g of a minibatch), Nesterov;</li>
 * <li>linear h: h(θ⁺) = h(θ⁺₀) for steps affine in g — gradient descent, SGD, heavy ball, Nesterov; Adam and
 * sign descent are not affine in g and break it (generically).</li>
 * </ul>
 * Identities are checked in double precision against a bound on the rounding of both sides, not fitted as
 * a drift slope: a true identity stays within its bound at every step, a false one misses it by orders of
 * magnitude.
 */
public final class StepIdentity {
    /** u = 2⁻⁵³, the unit roundoff of double precision. */
    static final double UNIT_ROUNDOFF = 0x1p-53;
    /** The first-order bound (terms of order u² dropped) is multiplied by this. */
    static final double SAFETY = 4;
    /** |θ|_∞ above which a run counts as diverged. */
    private static final double DIVERGENCE = 1e8;
    private static final double MOMENTUM = 0.9;

    private final HomogeneousLaw law;
    private final String text;
    private final double weightDecay;

    private StepIdentity(HomogeneousLaw law, String text, double weightDecay) {
        this.law = law;
        this.text = text;
        this.weightDecay = weightDecay;
    }

    /**
     * The identity of {@code law} under gradient flow {@code flow} (with its weight decay), or empty when the
     * flow is not Euclidean gradient flow or the law is not a linear or quadratic form of θ (up to a time
     * factor e^{kλt}).
     */
    public static Optional<StepIdentity> of(Law law, Model model, Flow flow) {
        if (!(flow instanceof GradientFlow gf)) {
            return Optional.empty();
        }
        return HomogeneousLaw.of(law, new StateLayout(model, flow)).map(h -> new StepIdentity(h,
                h.degree() == 2 ? "h(θ⁺) = (1 − ηλ)²h(y) + η²h(g)" : "h(θ⁺) = h(θ⁺ without g)",
                gf.weightDecay().doubleValue()));
    }

    /** The identity as a formula, e.g. {@code h(θ⁺) = (1 − ηλ)²h(y) + η²h(g)}. */
    public String text() {
        return text;
    }

    /** Whether the law is quadratic (else linear). */
    public boolean quadratic() {
        return law.degree() == 2;
    }

    /**
     * The optimisers the identity is checked on, with step {@code step} and the flow's weight decay: those it
     * holds for, and for a linear law also Adam and sign descent, which break it. SGD draws its batches from
     * {@code seed}.
     */
    public List<Optimiser> optimisers(double step, long seed) {
        Optimiser gd = new GradientDescent(step, weightDecay);
        Optimiser sgd = new StochasticGradientDescent(step, weightDecay, seed);
        Optimiser nesterov = new NesterovMomentum(step, MOMENTUM, weightDecay);
        if (quadratic()) {
            return List.of(gd, sgd, nesterov);
        }
        return List.of(gd, sgd, new HeavyBall(step, MOMENTUM, weightDecay), nesterov,
                new Adam(step, 0.9, 0.999, 1e-8, weightDecay), new SignDescent(step, weightDecay));
    }

    /**
     * One run's verdict at its worst step.
     *
     * @param residual |left side − right side| at the entry and step where it came closest to (or furthest
     *                 beyond) its bound
     * @param bound    the rounding bound there
     * @param holds    whether every step and entry stayed within its bound
     * @param discard  why the run stopped early (divergence), if it did
     */
    public record Result(String optimiser, int steps, double residual, double bound, boolean holds,
            Optional<Discard> discard) {
    }

    /**
     * The identity under {@code optimiser} over several trials (each from its θ(0) on its loss).
     *
     * @param trials   runs that completed
     * @param broken   runs in which some step missed its bound
     * @param residual the residual of the run that came closest to (or went furthest beyond) its bound
     * @param bound    that run's rounding bound
     */
    public record Summary(String optimiser, int trials, int broken, double residual, double bound) {

        /** Whether the identity held to rounding in every completed run (and there was one). */
        public boolean holds() {
            return trials > 0 && broken == 0;
        }
    }

    /**
     * Checks {@code steps} steps of {@code optimiser} from each trial's θ(0) on its loss, against the identity of
     * the trial's own law (trials may differ in architecture); a trial whose law has none is left out.
     */
    public static Summary summarise(Optimiser optimiser, List<Trial> trials, int steps) {
        int completed = 0;
        int broken = 0;
        double worst = -1;
        double residual = 0;
        double bound = 0;
        for (Trial trial : trials) {
            Optional<StepIdentity> identity = of(trial.law(), trial.model(), trial.flow());
            if (identity.isEmpty()) {
                continue;
            }
            Result result = identity.get().run(optimiser, new Objective(trial.model(), trial.loss()), trial.theta(),
                    steps);
            if (result.discard().isPresent()) {
                continue;
            }
            completed++;
            broken += result.holds() ? 0 : 1;
            double ratio = result.residual() / result.bound();
            if (ratio > worst || Double.isNaN(ratio)) {
                worst = Double.isNaN(ratio) ? Double.POSITIVE_INFINITY : ratio;
                residual = result.residual();
                bound = result.bound();
            }
        }
        return new Summary(optimiser.describe(), completed, broken, residual, bound);
    }

    /** Runs {@code steps} steps of {@code optimiser} from θ on {@code objective}, checking every step. */
    public Result run(Optimiser optimiser, Objective objective, double[] theta, int steps) {
        Optimiser.Iterate iterate = optimiser.start(objective, theta);
        Objective frozen = objective.withoutGradient();
        double worstRatio = -1;
        double residual = 0;
        double bound = 0;
        boolean holds = true;
        for (int k = 1; k <= steps; k++) {
            double[] before = iterate.theta().clone();
            Optimiser.Iterate twin = law.degree() == 1 ? iterate.copy(frozen) : null;
            iterate.advance();
            double size = 0;
            for (double x : iterate.theta()) {
                size = Math.max(size, Math.abs(x));
            }
            if (!(size < DIVERGENCE)) {
                Discard discard = new Discard(Double.isFinite(size) ? Discard.Reason.DIVERGED : Discard.Reason.NOT_FINITE,
                        "at step " + k + " of " + optimiser.describe());
                return new Result(optimiser.describe(), k, residual, bound, holds, Optional.of(discard));
            }
            Check check;
            if (twin == null) {
                check = quadratic(iterate, optimiser.step());
            } else {
                twin.advance();
                check = linear(iterate, twin.theta(), before, optimiser.step());
            }
            for (int e = 0; e < check.residuals.length; e++) {
                double ratio = check.residuals[e] / check.bounds[e];
                holds &= check.residuals[e] <= check.bounds[e];
                if (ratio > worstRatio || Double.isNaN(ratio)) {
                    worstRatio = Double.isNaN(ratio) ? Double.POSITIVE_INFINITY : ratio;
                    residual = check.residuals[e];
                    bound = check.bounds[e];
                }
            }
        }
        return new Result(optimiser.describe(), steps, residual, bound, holds, Optional.empty());
    }

    /** Per entry: |left − right| and its rounding bound. */
    private record Check(double[] residuals, double[] bounds) {
    }

    /**
     * h(θ⁺) against (1 − ηλ)²h(y) + η²h(g). The bound covers evaluating h at the three points, rounding the step
     * θ⁺ = y − η(g + λy), and the rounding δg of the computed gradient, which spoils ⟨∇h(y), g⟩ = 0 by at most
     * Σ_j |∂_jh(y)|·|δg_j| with |δg_j| ≤ γ_n·(magnitude of g_j's computation).
     */
    private Check quadratic(Optimiser.Iterate iterate, double eta) {
        double[] y = iterate.gradientPoint();
        double[] g = iterate.lossGradient();
        double[] next = iterate.theta();
        double c = 1 - eta * weightDecay;
        double[] hNext = law.values(next);
        double[] hY = law.values(y);
        double[] hG = law.values(g);
        double[] evaluation = sum(law.magnitudes(next), scaled(c * c, law.magnitudes(y)),
                scaled(eta * eta, law.magnitudes(g)));
        double[] gradientSize = gradientMagnitude(iterate, y);
        int gradientDepth = iterate.lastObjective().predictor().roundingDepth();
        double[] residuals = new double[law.size()];
        double[] bounds = new double[law.size()];
        for (int e = 0; e < residuals.length; e++) {
            residuals[e] = Math.abs(hNext[e] - c * c * hY[e] - eta * eta * hG[e]);
            double[] atNext = law.gradientMagnitude(e, next);
            double[] atY = law.gradientMagnitude(e, y);
            double step = 0;
            double orthogonality = 0;
            for (int j = 0; j < y.length; j++) {
                step += atNext[j] * (Math.abs(y[j]) * (1 + eta * weightDecay) + eta * Math.abs(g[j]));
                orthogonality += atY[j] * gradientSize[j];
            }
            bounds[e] = SAFETY * (gamma(law.roundingDepth() + 4) * evaluation[e] + gamma(4) * step
                    + gamma(gradientDepth) * eta * Math.abs(c) * orthogonality);
        }
        return new Check(residuals, bounds);
    }

    /**
     * h(θ⁺) against h(θ⁺₀), θ⁺₀ the twin step without loss gradient. The bound covers evaluating h twice, the
     * rounding of both steps (whose terms are bounded by 2|θ_j| + |θ⁺_j| + |θ⁺₀_j| + |y_j| + η|g_j|), and the
     * rounding of the computed gradient, which spoils ⟨c, g⟩ = 0.
     */
    private Check linear(Optimiser.Iterate iterate, double[] twin, double[] before, double eta) {
        double[] y = iterate.gradientPoint();
        double[] g = iterate.lossGradient();
        double[] next = iterate.theta();
        double[] hNext = law.values(next);
        double[] hTwin = law.values(twin);
        double[] evaluation = sum(law.magnitudes(next), law.magnitudes(twin));
        double[] gradientSize = gradientMagnitude(iterate, y);
        int gradientDepth = iterate.lastObjective().predictor().roundingDepth();
        double[] residuals = new double[law.size()];
        double[] bounds = new double[law.size()];
        for (int e = 0; e < residuals.length; e++) {
            residuals[e] = Math.abs(hNext[e] - hTwin[e]);
            double[] coefficients = law.gradientMagnitude(e, next);
            double steps = 0;
            double orthogonality = 0;
            for (int j = 0; j < y.length; j++) {
                steps += coefficients[j] * (2 * Math.abs(before[j]) + Math.abs(next[j]) + Math.abs(twin[j])
                        + Math.abs(y[j]) + eta * Math.abs(g[j]));
                orthogonality += coefficients[j] * gradientSize[j];
            }
            bounds[e] = SAFETY * (gamma(law.roundingDepth()) * evaluation[e] + gamma(6) * steps
                    + gamma(gradientDepth) * eta * orthogonality);
        }
        return new Check(residuals, bounds);
    }

    /** The magnitude of the computation of the step's loss gradient at y. */
    private static double[] gradientMagnitude(Optimiser.Iterate iterate, double[] y) {
        double[] out = new double[y.length];
        iterate.lastObjective().gradientMagnitude(y, out);
        return out;
    }

    /** γ_n = nu/(1 − nu), the relative error bound of n rounded operations in a row. */
    static double gamma(int n) {
        return n * UNIT_ROUNDOFF / (1 - n * UNIT_ROUNDOFF);
    }

    private static double[] scaled(double factor, double[] values) {
        double[] out = values.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] *= factor;
        }
        return out;
    }

    private static double[] sum(double[]... terms) {
        double[] out = new double[terms[0].length];
        for (double[] term : terms) {
            for (int i = 0; i < out.length; i++) {
                out[i] += term[i];
            }
        }
        return out;
    }
}
