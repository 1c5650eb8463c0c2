package org.lawkeeper.claims.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.CancelledException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.law.Law;
import org.lawkeeper.core.law.LawParser;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelSpec;

/** The view's drift plot: the first judged trial's drift, and nothing once the plot's job is cancelled. */
class DriftPlotsTest {
    @Test
    void aViolatedLawIsPlottedDrifting() throws Exception {
        Model model = ModelSpec.parse("linear:2,2,2").build(Limits.DEFAULT);
        Flow flow = FlowSpec.parse("momentum");
        Law law = LawParser.parse("U1^T*U1 - U2*U2^T", model, flow);
        DriftSeries series = DriftPlots.trace(model, flow, law, 1, Cancellation.none()).orElseThrow();
        assertEquals(series.times().length, series.drift().length);
        assertTrue(series.maxDrift() > 1e-6, "drift " + series.maxDrift());
    }

    @Test
    void aCancelledPlotThrowsInsteadOfPlotting() throws Exception {
        Model model = ModelSpec.parse("linear:2,2,2").build(Limits.DEFAULT);
        Flow flow = FlowSpec.parse("gf");
        Law law = LawParser.parse("U1^T*U1 - U2*U2^T", model, flow);
        Cancellation cancelled = Cancellation.none();
        cancelled.cancel();
        assertThrows(CancelledException.class, () -> DriftPlots.trace(model, flow, law, 1, cancelled));
    }
}
