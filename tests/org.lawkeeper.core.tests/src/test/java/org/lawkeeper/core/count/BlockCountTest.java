package org.lawkeeper.core.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lawkeeper.core.LimitExceededException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelSpec;

/**
 * Counts sampled and eliminated in blocks modulo primes against the independent path, floating point
 * one bracket at a time, on random architectures; the progress a count reports; the memory it refuses.
 */
class BlockCountTest {
    private static final List<String> FLOWS = List.of("gf", "momentum", "mirror", "natural");

    @Test
    void blockCountsAgreeWithFloatingPointOnRandomModels() throws Exception {
        SplittableRandom random = new SplittableRandom(2026);
        for (int trial = 0; trial < 12; trial++) {
            String model = randomArchitecture(random);
            String flow = FLOWS.get(random.nextInt(FLOWS.size()));
            Model parsed = ModelSpec.parse(model).build(Limits.DEFAULT);
            CountOptions options = CountOptions.defaults().withSeed(random.nextLong());
            CountResult exact = LawCounter.count(parsed, FlowSpec.parse(flow), options);
            CountResult floating = LawCounter.count(parsed, FlowSpec.parse(flow), options.withExact(false));
            assertEquals(floating.count(), exact.count(), model + " under " + flow);
        }
    }

    @Test
    void progressClimbsToTheRankLevelByLevel() throws Exception {
        List<CountProgress.Step> steps = new ArrayList<>();
        CountResult result = LawCounter.count(ModelSpec.parse("linear:6,5,4").build(Limits.DEFAULT),
                FlowSpec.parse("gf"), CountOptions.defaults().withProgress(steps::add));
        assertFalse(steps.isEmpty());
        for (int i = 1; i < steps.size(); i++) {
            assertTrue(steps.get(i).rank() >= steps.get(i - 1).rank(), "rank never falls");
            assertTrue(steps.get(i).level() >= steps.get(i - 1).level(), "levels in order");
        }
        CountProgress.Step last = steps.get(steps.size() - 1);
        assertEquals(result.rank(), last.rank());
        assertEquals(result.stateDimension(), last.dimension());
        assertTrue(last.level() > result.depth(), "the closing level is sampled after the deepest that added");
    }

    @Test
    void timeLeftScalesWithTheRankStillPossible() {
        CountProgress.Step half = CountProgress.Step.of(50, 100, 1, 2.0);
        assertEquals(6.0, half.secondsLeft(), 1e-12);
        assertEquals(0.0, CountProgress.Step.of(100, 100, 2, 5.0).secondsLeft(), 1e-12);
        assertTrue(Double.isNaN(CountProgress.Step.of(0, 100, 1, 0.1).secondsLeft()));
    }

    @Test
    void aCountThatWouldNotFitIsRefusedBeforeItStarts() throws Exception {
        var model = ModelSpec.parse("linear:3,3,3").build(Limits.DEFAULT);
        LimitExceededException e = assertThrows(LimitExceededException.class,
                () -> LawCounter.checkMemory(model, FlowSpec.parse("gf"), 18, 1000));
        assertEquals("counting linear:3,3,3 under gf (state dimension 18) may need 1.3 kB for its two exact"
                + " spans, more than the 1.0 kB this JVM may use (its -Xmx)", e.getMessage());
    }

    /** A small network: linear of 2 to 4 widths or ReLU of 3 or 4 (with or without biases), widths 1 to 4. */
    private static String randomArchitecture(SplittableRandom random) {
        boolean relu = random.nextBoolean();
        int layers = relu ? 3 + random.nextInt(2) : 2 + random.nextInt(3);
        StringBuilder spec = new StringBuilder(relu ? "relu:" : "linear:");
        for (int i = 0; i < layers; i++) {
            spec.append(i == 0 ? "" : ",").append(1 + random.nextInt(4));
        }
        return spec + (relu && random.nextBoolean() ? "+bias" : "");
    }
}
