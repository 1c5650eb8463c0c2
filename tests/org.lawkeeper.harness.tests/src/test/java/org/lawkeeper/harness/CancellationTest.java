package org.lawkeeper.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.UncheckedCancellation;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelSpec;
import org.lawkeeper.harness.dynamics.FlowIntegrator;
import org.lawkeeper.harness.dynamics.FlowSystem;
import org.lawkeeper.harness.dynamics.Objective;
import org.lawkeeper.harness.dynamics.SmoothLoss;

/** A caller's cancellation stops a check inside a trajectory, and is never mistaken for a failing trial. */
class CancellationTest {
    private static final String BALANCEDNESS = "U1^T*U1 - U2*U2^T";

    @Test
    void aCancelledTrajectoryStopsAfterTheStepUnderWay() throws Exception {
        Model model = ModelSpec.parse("linear:2,2,2").build(Limits.DEFAULT);
        FlowSystem gf = FlowSystem.of(FlowSpec.parse("gf"), new Objective(model,
                new SmoothLoss(new double[] {1, 2, 3, 4}, new double[4], 0)));
        Cancellation cancellation = Cancellation.none();
        AtomicInteger samples = new AtomicInteger();
        // a horizon of a thousand time units: hundreds of steps, of which only the first three may be seen
        FlowIntegrator integrator = FlowIntegrator.DEFAULT.withCancellation(cancellation);
        assertThrows(UncheckedCancellation.class, () -> integrator.integrate(gf, new double[] {1, 2, 3, 4, 5, 6, 7, 8},
                new double[8], 1000, (t, theta, v, error) -> {
                    if (samples.incrementAndGet() == 3) {
                        cancellation.cancel();
                    }
                }));
        assertEquals(3, samples.get(), "samples after the cancel");
    }

    @Test
    void aCancelledCheckThrowsInsteadOfReportingACounterexample() throws Exception {
        Model model = ModelSpec.parse("linear:2,2,2").build(Limits.DEFAULT);
        Cancellation cancelled = Cancellation.none();
        cancelled.cancel();
        LawCheck check = Laws.check(model, FlowSpec.parse("momentum"), BALANCEDNESS).tries(5).cancellation(cancelled);
        // balancedness is false under momentum: a cancellation taken for a failure would be "shrunk" and reported
        assertThrows(UncheckedCancellation.class, check::run);
        assertThrows(UncheckedCancellation.class, check::example);
    }

    @Test
    void anUncancelledCheckRunsAsBefore() throws Exception {
        Model model = ModelSpec.parse("linear:2,2,2").build(Limits.DEFAULT);
        var result = Laws.check(model, FlowSpec.parse("gf"), BALANCEDNESS).tries(5).cancellation(Cancellation.none()).run();
        assertEquals(5, result.tries());
        assertTrue(result.failure().isEmpty());
    }
}
