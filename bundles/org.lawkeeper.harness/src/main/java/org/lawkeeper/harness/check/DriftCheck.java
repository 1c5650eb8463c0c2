package org.lawkeeper.harness.check;

import java.util.ArrayList;
import java.util.List;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.law.StateLayout;
import org.lawkeeper.harness.dynamics.Discard;
import org.lawkeeper.harness.dynamics.FlowIntegrator;
import org.lawkeeper.harness.dynamics.FlowSystem;
import org.lawkeeper.harness.dynamics.Integration;
import org.lawkeeper.harness.dynamics.Objective;
import org.lawkeeper.harness.dynamics.Tolerances;
import org.lawkeeper.harness.dynamics.TrajectoryObserver;
import org.lawkeeper.harness.trials.Control;
import org.lawkeeper.harness.trials.Trial;

/**
 * Judges a claimed law on one trajectory (docs/ALGORITHMS.md §13) so that a true law is never reported violated.
 *
 * <ol>
 * <li>Integrate at the configured tolerance. The drift D = max |h(t) − h(0)| is <em>conserved</em> when
 * it stays below {@value #SAFETY} × the integrator's accumulated error estimate (converted to h's
 * units by h's sensitivity) plus a floor: rounding relative to the magnitude of h's terms, and 1e-9 of the
 * scale of the terms that can vary (constants never widen it).</li>
 * <li>Otherwise integrate again with the tolerance tightened {@value #TIGHTENING}-fold. Integration
 * error shrinks with the tolerance, the drift of a false law does not: the law is <em>violated</em>
 * only when the drift persists (at least half of D) and exceeds the tighter bound; conserved when it
 * now fits the tighter bound; and the trial is discarded as inconclusive otherwise (also when the
 * drift persists but exceeds the bound less than {@value #VIOLATION_MARGIN}-fold).</li>
 * </ol>
 * A trial is only evidence for the law if it could have seen a violation: when its allowance is so wide (the law's
 * terms grew by many orders of magnitude along the trajectory, e.g. e^{τt} at a large friction τ) that a drift as
 * large as the law's initial scale would not count as a violation, it is discarded as diverged, never reported
 * conserved.
 * A false alarm would need a drift that ignores a thousand-fold change of tolerance and yet comes
 * from integration error — which is what the second run rules out. The first run also measures the trial's
 * negative controls, judged by the same allowance (docs/ALGORITHMS.md §19).
 */
public final class DriftCheck {
    static final double SAFETY = 100;
    static final double TIGHTENING = 1e3;
    /** A violation must exceed the tight bound this many times over; closer calls are inconclusive. */
    static final double VIOLATION_MARGIN = 10;
    /** Below this, DOP853 in double precision stops gaining accuracy. */
    private static final double SMALLEST_RELATIVE_TOLERANCE = 1e-13;
    private static final double ROUNDING = 1e3 * Math.ulp(1.0);
    /**
     * Drift below this fraction of the magnitude of h's terms is never called a violation: a double
     * computation over thousands of steps cannot vouch for it, and shrinking would otherwise chase
     * counterexamples into scales where only rounding is left.
     */
    private static final double RELATIVE_FLOOR = 1e-9;

    /**
     * For plots: re-runs a trial with interpolated samples inside each step, for a smooth curve, and with
     * tighter tolerances, so that the interpolant's own error stays far below any drift worth seeing.
     */
    public static final DriftCheck PLOTTING = new DriftCheck(
            FlowIntegrator.DEFAULT.withTolerances(Tolerances.DEFAULT.scaled(1e-3)).withDenseSamples(8));

    private final FlowIntegrator integrator;

    public DriftCheck(FlowIntegrator integrator) {
        this.integrator = integrator;
    }

    /** The same check, its trajectories stopped once {@code stop} is raised (see {@link FlowIntegrator}). */
    public DriftCheck withCancellation(Cancellation stop) {
        return new DriftCheck(integrator.withCancellation(stop));
    }

    /** The integrator of the first, configured-tolerance run. */
    public FlowIntegrator integrator() {
        return integrator;
    }

    /** Runs and judges one trial. */
    public TrialResult run(Trial trial) {
        Run loose = integrate(trial, integrator, trial.controls());
        List<ControlDrift> controls = loose.controls;
        if (loose.discard != null) {
            return loose.result(trial, new TrialVerdict.Discarded(loose.discard), 0, controls);
        }
        double drift = loose.trace.maxDrift();
        if (drift <= loose.allowed && loose.hasPower()) {
            return loose.result(trial, new TrialVerdict.Conserved(drift, loose.allowed), 0, controls);
        }
        double factor = Math.max(1 / TIGHTENING, SMALLEST_RELATIVE_TOLERANCE / integrator.tolerances().relative());
        Run tight = integrate(trial, integrator.withTolerances(integrator.tolerances().scaled(factor)), List.of());
        long spent = loose.evaluations;
        if (tight.discard != null) {
            return tight.result(trial, new TrialVerdict.Discarded(tight.discard), spent, controls);
        }
        double tightDrift = tight.trace.maxDrift();
        if (tightDrift <= tight.allowed) {
            return tight.result(trial, tight.hasPower() ? new TrialVerdict.Conserved(tightDrift, tight.allowed)
                    : new TrialVerdict.Discarded(tight.powerless()), spent, controls);
        }
        if (drift <= loose.allowed) {
            // the first run fitted its bound and was repeated only to regain power: that never makes a violation
            return tight.result(trial, new TrialVerdict.Discarded(loose.powerless()), spent, controls);
        }
        if (tightDrift >= drift / 2 && tightDrift > VIOLATION_MARGIN * tight.allowed) {
            return tight.result(trial, new TrialVerdict.Violated(tightDrift, tight.allowed, tight.trace.entry(),
                    tight.timeOfMaxDrift()), spent, controls);
        }
        return tight.result(trial, new TrialVerdict.Discarded(new Discard(Discard.Reason.INCONCLUSIVE, String.format(
                "drift %.3g at tolerance %.1g became %.3g at %.1g: neither within nor clearly above the bound %.3g", drift,
                integrator.tolerances().relative(), tightDrift, integrator.tolerances().relative() * factor,
                tight.allowed))), spent, controls);
    }

    /** Integrates the trial once, recording its law and the given controls along the same trajectory. */
    private static Run integrate(Trial trial, FlowIntegrator integrator, List<Control> controls) {
        Objective objective = new Objective(trial.model(), trial.loss());
        FlowSystem system = FlowSystem.of(trial.flow(), objective);
        StateLayout layout = new StateLayout(trial.model(), trial.flow());
        DriftRecorder recorder = new DriftRecorder(trial.law(), layout);
        TrajectoryObserver observer = recorder;
        List<DriftRecorder> controlRecorders = new ArrayList<>();
        for (Control control : controls) {
            DriftRecorder r = switch (control) {
                // its own objective, sharing the compiled predictor: the flow's holds scratch buffers
                case Control.LossValue loss -> new DriftRecorder(new LossProbe(new Objective(trial.model(),
                        objective.predictor(), trial.loss())), List.of(""));
                case Control.Quantity quantity -> new DriftRecorder(quantity.expression(), layout);
            };
            controlRecorders.add(r);
            observer = observer.andThen(r);
        }
        Integration integration = integrator.integrate(system, trial.theta(), trial.velocity(), trial.horizon(),
                observer);
        List<ControlDrift> drifts = new ArrayList<>();
        for (int i = 0; i < controls.size(); i++) {
            DriftRecorder r = controlRecorders.get(i);
            drifts.add(new ControlDrift(controls.get(i).text(), r.trace().maxDrift(), allowed(r)));
        }
        return new Run(recorder.trace(), allowed(recorder), recorder.initialScale(), recorder.scale(),
                integration.evaluations(), integration.discard().orElse(null), drifts);
    }

    /** What integration error and rounding explain of a recorded drift. */
    private static double allowed(DriftRecorder recorder) {
        double floor = recorder.scale() * RELATIVE_FLOOR
                + recorder.magnitude() * ROUNDING * (1 + Math.sqrt(recorder.samples()));
        return SAFETY * recorder.budget() + floor;
    }

    private record Run(DriftTrace trace, double allowed, double initialScale, double scale, long evaluations,
            Discard discard, List<ControlDrift> controls) {

        /** Whether a drift as large as the law's initial scale would have counted as a violation. */
        boolean hasPower() {
            return VIOLATION_MARGIN * allowed <= initialScale;
        }

        Discard powerless() {
            return new Discard(Discard.Reason.DIVERGED, String.format(
                    "no power: the law's terms grew from %.3g to %.3g, its allowed drift %.3g hides any violation",
                    initialScale, scale, allowed));
        }

        TrialResult result(Trial trial, TrialVerdict verdict, long earlierEvaluations, List<ControlDrift> drifts) {
            return new TrialResult(trial, verdict, trace, earlierEvaluations + evaluations, drifts);
        }

        double timeOfMaxDrift() {
            double[] drift = trace.drift();
            int worst = 0;
            for (int i = 0; i < drift.length; i++) {
                worst = Math.abs(drift[i]) > Math.abs(drift[worst]) ? i : worst;
            }
            return drift.length == 0 ? 0 : trace.times()[worst];
        }
    }
}
