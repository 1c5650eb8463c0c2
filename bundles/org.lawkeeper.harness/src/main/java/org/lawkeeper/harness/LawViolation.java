package org.lawkeeper.harness;

import java.util.Locale;
import java.util.StringJoiner;
import org.lawkeeper.harness.check.DriftTrace;
import org.lawkeeper.harness.check.TrialResult;
import org.lawkeeper.harness.check.TrialVerdict;

/** A claimed law drifted on a trial beyond anything integration error explains. */
public final class LawViolation extends AssertionError {
    private static final long serialVersionUID = 1L;
    private static final int SAMPLES = 5;

    private final transient TrialResult result;

    public LawViolation(TrialResult result) {
        super(message(result));
        this.result = result;
    }

    /** The violating trial with its verdict and drift trace. */
    public TrialResult result() {
        return result;
    }

    private static String message(TrialResult result) {
        TrialVerdict.Violated v = (TrialVerdict.Violated) result.verdict();
        return String.format(Locale.ROOT, "law %s%s drifts by %.3g at t = %.3g (integration error explains at most "
                + "%.3g)%n  drift h(t) − h(0): %s", result.trial().law().text(),
                v.entry().isEmpty() ? "" : " entry " + v.entry(), v.drift(), v.time(), v.allowed(),
                samples(result.trace()));
    }

    /** About {@value #SAMPLES} samples of the drift, evenly spread over the trajectory's samples. */
    private static String samples(DriftTrace trace) {
        StringJoiner text = new StringJoiner(", ");
        int n = trace.times().length;
        for (int k = 1; k <= Math.min(SAMPLES, n - 1); k++) {
            int i = (int) Math.round((double) k * (n - 1) / Math.min(SAMPLES, n - 1));
            text.add(String.format(Locale.ROOT, "t = %.3g: %.3g", trace.times()[i], trace.drift()[i]));
        }
        return text.toString();
    }
}
