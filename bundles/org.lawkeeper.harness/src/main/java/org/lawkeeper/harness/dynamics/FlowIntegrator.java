package org.lawkeeper.harness.dynamics;

import java.util.Arrays;
import java.util.Optional;
import org.hipparchus.exception.LocalizedCoreFormats;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.ode.LocalizedODEFormats;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.UncheckedCancellation;

/**
 * Integrates a {@link FlowSystem} with Hipparchus' Dormand–Prince 8(5,3) integrator and feeds every
 * accepted step to a {@link TrajectoryObserver}, together with the integrator's own error estimate
 * for that step. Divergence, non-finite values, stiffness (step-size underflow) and an exhausted
 * evaluation budget end the trajectory with a {@link Discard}, never with an exception. A cancellation is
 * polled after every accepted step, so that a long trajectory (up to {@code maxEvaluations} field evaluations)
 * stops when its caller is cancelled: it throws {@link UncheckedCancellation}, which is no discard.
 *
 * @param tolerances      the integrator's error tolerances
 * @param maxEvaluations  field evaluations allowed per trajectory
 * @param divergenceBound the trajectory is abandoned when |state|_∞ exceeds this times (1 + |initial state|_∞)
 * @param denseSamples    extra samples per step, interpolated evenly inside it (for plots; they carry no
 *                        error estimate of their own)
 * @param cancellation    polled after every step; null when the integration is never cancelled (a shared
 *                        constant such as {@link #DEFAULT} must not carry a cancellation anybody could raise)
 */
public record FlowIntegrator(Tolerances tolerances, int maxEvaluations, double divergenceBound, int denseSamples,
        Cancellation cancellation) {
    /** Smallest step relative to the horizon before a trajectory counts as stiff. */
    private static final double MIN_STEP_FRACTION = 1e-12;
    /**
     * A trajectory that has spent this fraction of its evaluation budget at a pace that would need more than
     * {@link #PACE_MARGIN} budgets to reach the horizon is abandoned then, not at the end of the budget: stiff
     * dynamics (a normalised layer at a tiny weight norm) rarely speed up that much.
     */
    private static final double PACE_CHECK = 0.02;
    private static final double PACE_MARGIN = 10;

    public static final FlowIntegrator DEFAULT = new FlowIntegrator(Tolerances.DEFAULT, 200_000, 1e6, 0, null);

    /** The same integrator with other tolerances. */
    public FlowIntegrator withTolerances(Tolerances other) {
        return new FlowIntegrator(other, maxEvaluations, divergenceBound, denseSamples, cancellation);
    }

    /** The same integrator with {@code perStep} interpolated samples inside each step. */
    public FlowIntegrator withDenseSamples(int perStep) {
        return new FlowIntegrator(tolerances, maxEvaluations, divergenceBound, perStep, cancellation);
    }

    /** The same integrator, stopped by {@code stop} (after the step under way) once that is raised. */
    public FlowIntegrator withCancellation(Cancellation stop) {
        return new FlowIntegrator(tolerances, maxEvaluations, divergenceBound, denseSamples, stop);
    }

    /**
     * Follows {@code system} from θ(0) = {@code theta} (and θ'(0) = {@code velocity} for second-order
     * flows) during {@code horizon} time units.
     *
     * @throws UncheckedCancellation when this integrator's cancellation is raised or expires
     */
    public Integration integrate(FlowSystem system, double[] theta, double[] velocity, double horizon,
            TrajectoryObserver observer) {
        double[] start = system.initialState(theta, velocity);
        double bound = divergenceBound * (1 + maxAbs(start));
        TrackingIntegrator integrator = new TrackingIntegrator(MIN_STEP_FRACTION * horizon, horizon, tolerances);
        integrator.setMaxEvaluations(maxEvaluations);
        Sampler sampler = new Sampler(system, observer, integrator, bound, denseSamples, new Pace(horizon),
                cancellation);
        integrator.addStepHandler(sampler);
        double t0 = system.startTime();
        Optional<Discard> discard = Optional.empty();
        try {
            integrator.integrate(system, new ODEState(t0, start), t0 + horizon);
        } catch (Abandoned e) {
            discard = Optional.of(e.discard);
        } catch (MathIllegalArgumentException e) {
            if (e.getSpecifier() != LocalizedODEFormats.MINIMAL_STEPSIZE_REACHED_DURING_INTEGRATION) {
                throw e;
            }
            discard = Optional.of(new Discard(Discard.Reason.STIFF,
                    "step size fell below " + MIN_STEP_FRACTION + " × horizon at t = " + sampler.lastTime));
        } catch (MathIllegalStateException e) {
            if (e.getSpecifier() == LocalizedODEFormats.NAN_APPEARING_DURING_INTEGRATION) {
                discard = Optional.of(new Discard(Discard.Reason.NOT_FINITE, e.getMessage()));
            } else if (e.getSpecifier() == LocalizedCoreFormats.MAX_COUNT_EXCEEDED) {
                discard = Optional.of(new Discard(Discard.Reason.TOO_MANY_EVALUATIONS,
                        maxEvaluations + " field evaluations reached at t = " + sampler.lastTime));
            } else {
                throw e;
            }
        }
        return new Integration(sampler.lastTime, sampler.steps, integrator.getEvaluations(), discard);
    }

    static double maxAbs(double[] values) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    /** DOP853 that remembers the scaled error estimate (≤ 1 when accepted) of the step it last tried. */
    private static final class TrackingIntegrator extends DormandPrince853Integrator {
        private final Tolerances tolerances;
        private double errorRatio;

        TrackingIntegrator(double minStep, double maxStep, Tolerances tolerances) {
            super(minStep, maxStep, tolerances.absolute(), tolerances.relative());
            this.tolerances = tolerances;
        }

        @Override
        protected double estimateError(double[][] yDotK, double[] y0, double[] y1, double h) {
            errorRatio = super.estimateError(yDotK, y0, y1, h);
            return errorRatio;
        }

        /**
         * A max-norm bound on the local error of the accepted step: the estimate is an RMS of
         * err_j / (atol + rtol·|y_j|), so no component exceeds √n times its own tolerance.
         */
        double localError(double[] y0, double[] y1) {
            double tolerance = 0;
            for (int j = 0; j < y1.length; j++) {
                double scale = Math.max(Math.abs(y0[j]), Math.abs(y1[j]));
                tolerance = Math.max(tolerance, tolerances.absolute() + tolerances.relative() * scale);
            }
            return errorRatio * Math.sqrt(y1.length) * tolerance;
        }
    }

    /** Tells a trajectory that cannot reach its horizon within the budget at its present pace. */
    private final class Pace {
        private final double horizon;

        Pace(double horizon) {
            this.horizon = horizon;
        }

        /** The evaluations the whole horizon would need at the pace so far, when that is hopeless; else 0. */
        long hopeless(int evaluations, double elapsed) {
            if (evaluations < PACE_CHECK * maxEvaluations) {
                return 0;
            }
            double needed = evaluations * horizon / elapsed;
            return needed > PACE_MARGIN * maxEvaluations ? (long) Math.min(needed, Long.MAX_VALUE) : 0;
        }
    }

    /** The step handler: guards the trajectory, then hands each accepted step to the observer. */
    private static final class Sampler implements ODEStepHandler {
        private final FlowSystem system;
        private final TrajectoryObserver observer;
        private final TrackingIntegrator integrator;
        private final double bound;
        private final int dense;
        private final Pace pace;
        private final Cancellation cancellation;
        private double startTime;
        private double lastTime;
        private int steps;

        Sampler(FlowSystem system, TrajectoryObserver observer, TrackingIntegrator integrator, double bound,
                int dense, Pace pace, Cancellation cancellation) {
            this.system = system;
            this.observer = observer;
            this.integrator = integrator;
            this.bound = bound;
            this.dense = dense;
            this.pace = pace;
            this.cancellation = cancellation;
        }

        @Override
        public void init(ODEStateAndDerivative initial, double finalTime) {
            startTime = initial.getTime();
            lastTime = startTime;
            deliver(initial, 0);
        }

        @Override
        public void handleStep(ODEStateInterpolator interpolator) {
            ODEStateAndDerivative current = interpolator.getCurrentState();
            double[] y = current.getPrimaryState();
            double time = current.getTime();
            guard(y, time);
            steps++;
            double previous = interpolator.getPreviousState().getTime();
            for (int k = 1; k <= dense; k++) {
                deliver(interpolator.getInterpolatedState(previous + k * (time - previous) / (dense + 1)), 0);
            }
            lastTime = time;
            deliver(current, integrator.localError(interpolator.getPreviousState().getPrimaryState(), y));
        }

        private void guard(double[] y, double time) {
            if (cancellation != null) {
                UncheckedCancellation.check(cancellation);
            }
            double size = maxAbs(y);
            if (!Double.isFinite(size)) {
                throw new Abandoned(new Discard(Discard.Reason.NOT_FINITE, "non-finite state at t = " + time));
            }
            if (size > bound) {
                throw new Abandoned(new Discard(Discard.Reason.DIVERGED,
                        String.format("|state| reached %.3g at t = %.4g", size, time)));
            }
            if (!system.inDomain(y)) {
                throw new Abandoned(new Discard(Discard.Reason.LEFT_DOMAIN,
                        "a mirrored coordinate reached 0 at t = " + time));
            }
            long needed = pace.hopeless(integrator.getEvaluations(), time - startTime);
            if (needed > 0) {
                throw new Abandoned(new Discard(Discard.Reason.TOO_MANY_EVALUATIONS, String.format(
                        "at t = %.4g the horizon would take about %.2g field evaluations", time, (double) needed)));
            }
        }

        private void deliver(ODEStateAndDerivative state, double localError) {
            double[] y = state.getPrimaryState();
            int n = system.objective().model().parameterCount();
            double[] theta = Arrays.copyOf(y, n);
            double[] velocity = system.hasVelocity() ? Arrays.copyOfRange(y, n, 2 * n) : state.getPrimaryDerivative();
            observer.sample(state.getTime(), theta, velocity, localError);
        }
    }

    /** Unwinds the integrator from inside a step handler. */
    private static final class Abandoned extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Discard discard;

        Abandoned(Discard discard) {
            super(discard.toString(), null, false, false);
            this.discard = discard;
        }
    }
}
