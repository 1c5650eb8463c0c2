package org.lawkeeper.harness.check;

import java.util.ArrayList;
import java.util.List;
import org.lawkeeper.core.law.Law;
import org.lawkeeper.core.law.StateLayout;
import org.lawkeeper.harness.dynamics.TrajectoryObserver;

/**
 * Measures a law at every sample of a trajectory and keeps what the verdict needs: the drift
 * h(t) − h(0) of every entry, the integration error budget Σ (local error × sensitivity of h), the
 * magnitude of h's terms (for the rounding floor) and the scale of its varying part, largest and initial
 * (for the relative floor and for the trial's power).
 */
final class DriftRecorder implements TrajectoryObserver {
    private final List<String> entryNames;
    private final LawProbe probe;
    private final List<Double> times = new ArrayList<>();
    private final List<double[]> values = new ArrayList<>();
    private double budget;
    private double magnitude;
    private double scale;
    private double initialScale = Double.NaN;

    DriftRecorder(Law law, StateLayout layout) {
        this(LawProbe.of(law, layout), law.entryNames());
    }

    /** Records what {@code probe} measures, whose entries are named {@code entryNames}. */
    DriftRecorder(LawProbe probe, List<String> entryNames) {
        this.entryNames = entryNames;
        this.probe = probe;
    }

    @Override
    public void sample(double time, double[] theta, double[] velocity, double localError) {
        LawProbe.Measurement m = probe.measure(time, theta, velocity);
        budget += localError * m.sensitivity();
        magnitude = Math.max(magnitude, m.magnitude());
        scale = Math.max(scale, m.scale());
        if (Double.isNaN(initialScale)) {
            initialScale = m.scale();
        }
        times.add(time);
        values.add(m.values());
    }

    /** Σ local error × sensitivity: the drift that integration error alone can explain, before a safety factor. */
    double budget() {
        return budget;
    }

    /** The largest magnitude of h's terms seen: what rounding errors are relative to. */
    double magnitude() {
        return magnitude;
    }

    /** The largest scale of h's varying part seen: what the relative floor is relative to. */
    double scale() {
        return scale;
    }

    /** The scale of h's varying part at the first sample (0 before any): what a violation is expected to reach. */
    double initialScale() {
        return Double.isNaN(initialScale) ? 0 : initialScale;
    }

    int samples() {
        return times.size();
    }

    /** The drift of the entry that drifts most. */
    DriftTrace trace() {
        int entries = values.isEmpty() ? 0 : values.get(0).length;
        int worst = 0;
        double worstDrift = -1;
        for (int k = 0; k < entries; k++) {
            for (double[] h : values) {
                double d = Math.abs(h[k] - values.get(0)[k]);
                if (d > worstDrift || Double.isNaN(d)) {
                    worstDrift = Double.isNaN(d) ? Double.POSITIVE_INFINITY : d;
                    worst = k;
                }
            }
        }
        double[] t = new double[times.size()];
        double[] drift = new double[times.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = times.get(i);
            drift[i] = entries == 0 ? 0 : values.get(i)[worst] - values.get(0)[worst];
        }
        String entry = entries == 0 ? "" : entryNames.get(worst);
        return new DriftTrace(entry, t, drift);
    }
}
