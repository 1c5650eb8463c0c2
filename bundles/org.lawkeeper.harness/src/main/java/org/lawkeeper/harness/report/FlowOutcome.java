package org.lawkeeper.harness.report;

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
 * @param study  drift against step size of the flow's discrete optimiser, when there is one
 */
public record FlowOutcome(Flow flow, PropertyResult<Trial> result, DriftTrace trace,
        Optional<StepSizeStudy.Result> study) {

    /** {@code conserved}, {@code VIOLATED} or {@code no verdict} (every try discarded). */
    public String verdict() {
        if (!result.passed()) {
            return "VIOLATED";
        }
        return result.tries() > 0 ? "conserved" : "no verdict";
    }
}
