package org.lawkeeper.core.count;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.CancelledException;
import org.lawkeeper.core.LimitExceededException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.model.ModelSpec;

/** Cancellation, deadlines and size limits end a count with a clear, checked exception. */
class CountLimitsTest {

    @Test
    void cancelledCountStopsAtOnce() throws Exception {
        Cancellation cancellation = Cancellation.none();
        cancellation.cancel();
        var model = ModelSpec.parse("linear:3,3,3").build(Limits.DEFAULT);
        CancelledException e = assertThrows(CancelledException.class, () -> LawCounter.count(model,
                FlowSpec.parse("momentum"), CountOptions.defaults().withCancellation(cancellation)));
        assertTrue(e.getMessage().contains("cancelled"));
    }

    @Test
    void deadlineInterruptsALongCount() throws Exception {
        var model = ModelSpec.parse("linear:20,20,20").build(Limits.DEFAULT);
        long start = System.nanoTime();
        CancelledException e = assertThrows(CancelledException.class, () -> LawCounter.count(model,
                FlowSpec.parse("momentum"), CountOptions.defaults()
                        .withCancellation(Cancellation.after(Duration.ofMillis(300)))));
        assertTrue(e.getMessage().contains("timed out after 0.3 s"), e.getMessage());
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "cancellation took too long");
    }

    @Test
    void momentumDoublesTheStateAndMeetsTheLimit() throws Exception {
        var model = ModelSpec.parse("linear:3,3,3").build(Limits.DEFAULT);
        LimitExceededException e = assertThrows(LimitExceededException.class, () -> LawCounter.count(model,
                FlowSpec.parse("momentum"), CountOptions.defaults().withLimits(Limits.DEFAULT.withMaxStateDimension(30))));
        assertTrue(e.getMessage().contains("state dimension 37"), e.getMessage());
    }

    @Test
    void childCancellationFollowsItsParent() {
        Cancellation parent = Cancellation.none();
        Cancellation child = parent.withBudget(Duration.ofHours(1));
        parent.cancel();
        assertTrue(child.isCancelled());
        assertThrows(CancelledException.class, child::check);
    }
}
