package org.lawkeeper.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.harness.property.Counterexample;
import org.lawkeeper.harness.trials.Trial;
import org.lawkeeper.harness.trials.TrialGens;

class ReplayTest {

    @Test
    void thePrintedSeedReproducesTheCounterexample() throws Exception {
        LawCheck check = Laws.check(TrialGens.architectures("linear", 2, 3, 3), FlowSpec.parse("momentum"),
                "U1^T*U1 - U2*U2^T").tries(50);
        Counterexample<Trial> first = check.seed(123).assertViolated();
        Counterexample<Trial> replay = check.seed(first.seed()).assertViolated();
        assertEquals(first.shrunk().describe(), replay.shrunk().describe());
        assertEquals(first.failure().getMessage(), replay.failure().getMessage());
        assertEquals(first.seed(), replay.seed());
    }
}
