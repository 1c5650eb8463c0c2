package org.lawkeeper.harness.report;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.harness.check.DriftTrace;
import org.lawkeeper.harness.discrete.StepSizeStudy;
import org.lawkeeper.harness.property.PropertyResult;
import org.lawkeeper.harness.trials.Trial;

/**
 * The check of one law under one flow, as reported.
 *
 * @param result the property run (tries, discards, statistics, counterexample)
 * @param trace  the drift along the shrunk counterexample, or along an example trial when conserved
 * @param study      drift against step size of the flow's discrete optimiser, when there is one
 * @param identities the exact identities of discrete steps, when the law and flow have them
 */
public record FlowOutcome(Flow flow, PropertyResult<Trial> result, DriftTrace trace,
        Optional<StepSizeStudy.Result> study, Optional<StepIdentities> identities) {
    public static final String CONSERVED = "conserved";
    public static final String VIOLATED = "VIOLATED";
    public static final String VACUOUS = "VACUOUS";
    public static final String NO_VERDICT = "no verdict";

    /**
     * {@value #CONSERVED}, {@value #VIOLATED}, {@value #VACUOUS} (a negative control did not move on enough trials,
     * see {@link #vacuous()}) or {@value #NO_VERDICT} (every try discarded, see {@link #noVerdict()}). Only the first
     * is a pass.
     */
    public String verdict() {
        if (!result.passed()) {
            return VIOLATED;
        }
        if (result.tries() == 0) {
            return NO_VERDICT;
        }
        return vacuous().isEmpty() ? CONSERVED : VACUOUS;
    }

    /** Whether the law held on judged trials that could have refuted it: the only passing verdict. */
    public boolean passed() {
        return verdict().equals(CONSERVED);
    }

    /** The negative controls that moved on too few trials, one line each (empty when none, or when no trial was judged). */
    public List<String> vacuous() {
        return result.tries() == 0 ? List.of() : result.statistics().coverageProblems();
    }

    /** Why no trial was judged, e.g. {@code all 1001 attempts were discarded (diverged: 1001)}, if none was. */
    public Optional<String> noVerdict() {
        if (result.tries() > 0) {
            return Optional.empty();
        }
        String reasons = result.statistics().discards().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(", "));
        return Optional.of(result.discards() == 0 ? "no trial was tried"
                : "all " + result.discards() + " attempts were discarded (" + reasons + ")");
    }

    /** Why the run stopped before its tries after judging some, e.g. {@code time budget of PT5M}, if it did. */
    public Optional<String> stoppedEarly() {
        return result.tries() > 0 && result.passed() ? result.exhausted() : Optional.empty();
    }
}
