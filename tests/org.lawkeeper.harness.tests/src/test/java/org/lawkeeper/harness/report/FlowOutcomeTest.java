package org.lawkeeper.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.harness.check.DriftTrace;
import org.lawkeeper.harness.property.PropertyResult;
import org.lawkeeper.harness.property.Statistics;
import org.lawkeeper.harness.trials.Trial;

/** A run that judged no trial is no pass (its early stop by the discard budget is its reason, not a note). */
class FlowOutcomeTest {

    @Test
    void aRunWithoutJudgedTrialsHasNoVerdictAndDoesNotPass() throws Exception {
        FlowOutcome outcome = outcome(0, 0, Optional.of("discard budget of 1000"));
        assertEquals(FlowOutcome.NO_VERDICT, outcome.verdict());
        assertFalse(outcome.passed());
        assertEquals(Optional.of("no trial was tried"), outcome.noVerdict());
        assertEquals(Optional.empty(), outcome.stoppedEarly());
    }

    private static FlowOutcome outcome(int tries, int discards, Optional<String> exhausted) throws Exception {
        Statistics statistics = new Statistics();
        PropertyResult<Trial> result = new PropertyResult<>(tries, discards, 1, exhausted, statistics, Optional.empty());
        return new FlowOutcome(FlowSpec.parse("gf"), result, new DriftTrace("", new double[1], new double[1]),
                Optional.empty(), Optional.empty());
    }
}
