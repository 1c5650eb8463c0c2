package org.lawkeeper.claims.evidence;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
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

/** Drift evidence for a violated claim: found on random trials, and stopped by its caller's cancellation. */
class ViolationEvidenceTest {
    /** More trials than any test waits for: only the cancellation can end them soon. */
    private static final EvidenceSettings ENDLESS = new EvidenceSettings(1_000_000, 1, Duration.ofHours(1), 1e-9);

    @Test
    void evidenceStopsWhenItsAnalysisIsCancelled() throws Exception {
        Model model = ModelSpec.parse("linear:2,2,2").build(Limits.DEFAULT);
        Flow flow = FlowSpec.parse("gf");
        // a true law: no trial drifts, so without the cancellation the trials would go on for an hour
        Law law = LawParser.parse("U1^T*U1 - U2*U2^T", model, flow);
        // the caller's cancellation ends half a second in, raised by its own deadline rather than a sleeping thread
        Cancellation cancellation = Cancellation.after(Duration.ofMillis(500));
        long start = System.nanoTime();
        assertThrows(CancelledException.class, () -> ViolationEvidence.of(model, flow, law, ENDLESS, cancellation));
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        assertTrue(seconds < 30, "the trials went on for " + seconds + " s after the cancel");
    }

    @Test
    void aViolatedLawDrifts() throws Exception {
        Model model = ModelSpec.parse("linear:2,2,2").build(Limits.DEFAULT);
        Flow flow = FlowSpec.parse("gf");
        Law law = LawParser.parse("U1[1,1]", model, flow);
        String evidence = ViolationEvidence.of(model, flow, law, new EvidenceSettings(20, 1, Duration.ofMinutes(1), 1e-9),
                Cancellation.none()).orElseThrow();
        assertTrue(evidence.startsWith("drift "), evidence);
    }
}
