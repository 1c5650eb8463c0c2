package org.lawkeeper.harness.check;

/**
 * One judged trial.
 *
 * @param trial       what was run
 * @param verdict     what it says about the law
 * @param trace       the drift along the (last) trajectory integrated
 * @param evaluations field evaluations spent, over all integrations of the trial
 */
public record TrialResult(LawCase trial, Verdict verdict, DriftTrace trace, long evaluations) {

    /** Whether the verdict is {@link Verdict.Violated}. */
    public boolean violated() {
        return verdict instanceof Verdict.Violated;
    }

    /** Whether the verdict is {@link Verdict.Discarded}. */
    public boolean discarded() {
        return verdict instanceof Verdict.Discarded;
    }
}
