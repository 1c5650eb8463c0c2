package org.lawkeeper.claims.evidence;

import java.util.Optional;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.law.Law;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.harness.Laws;
import org.lawkeeper.harness.check.DriftCheck;
import org.lawkeeper.harness.check.DriftTrace;
import org.lawkeeper.harness.gen.DiscardedException;

/**
 * The drift of a law along the first random trial the harness generates from a seed, sampled densely as
 * the harness's report plots it: what the IDE's view draws for a selected law.
 */
public final class DriftPlots {
    private DriftPlots() {
    }

    /** The drift of {@code law}, or empty when every trial the seed generates is discarded. */
    public static Optional<DriftSeries> trace(Model model, Flow flow, Law law, long seed) {
        try {
            DriftTrace trace = DriftCheck.PLOTTING.run(Laws.check(model, flow, law).seed(seed).example().trial()).trace();
            return Optional.of(new DriftSeries(trace.entry(), trace.times(), trace.drift(), trace.maxDrift()));
        } catch (DiscardedException e) {
            return Optional.empty();
        }
    }
}
