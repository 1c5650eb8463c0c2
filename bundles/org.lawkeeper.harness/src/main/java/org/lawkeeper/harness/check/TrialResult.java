package org.lawkeeper.harness.check;

import java.util.List;
import org.lawkeeper.harness.trials.Trial;

/**
 * One judged trial.
 *
 * @param trial       what was run
 * @param verdict     what it says about the law
 * @param trace       the drift along the (last) trajectory integrated
 * @param evaluations field evaluations spent, over all integrations of the trial
 * @param controls    how far each of the trial's negative controls moved (on the first integration)
 */
public record TrialResult(Trial trial, TrialVerdict verdict, DriftTrace trace, long evaluations,
        List<ControlDrift> controls) {

    public TrialResult {
        controls = List.copyOf(controls);
    }

    /** Whether the verdict is {@link TrialVerdict.Violated}. */
    public boolean violated() {
        return verdict instanceof TrialVerdict.Violated;
    }

    /** Whether the verdict is {@link TrialVerdict.Discarded}. */
    public boolean discarded() {
        return verdict instanceof TrialVerdict.Discarded;
    }
}
