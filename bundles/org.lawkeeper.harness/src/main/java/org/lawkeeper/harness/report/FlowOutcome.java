package org.lawkeeper.harness.report;

import java.util.List;
import java.util.Optional;
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

    /**
     * {@code conserved}, {@code VIOLATED}, {@code VACUOUS} (a negative control did not move on enough trials,
     * see {@link #vacuous()}) or {@code no verdict} (every try discarded).
     */
    public String verdict() {
        if (!result.passed()) {
            return "VIOLATED";
        }
        if (!vacuous().isEmpty()) {
            return "VACUOUS";
        }
        return result.tries() > 0 ? "conserved" : "no verdict";
    }

    /** The negative controls that moved on too few trials, one line each (empty when none). */
    public List<String> vacuous() {
        return result.statistics().coverageProblems();
    }
}
