package org.lawkeeper.claims.evidence;

import java.util.Optional;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.CancelledException;
import org.lawkeeper.core.UncheckedCancellation;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.law.Law;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.harness.Laws;
import org.lawkeeper.harness.check.DriftCheck;
import org.lawkeeper.harness.check.DriftTrace;
import org.lawkeeper.harness.gen.DiscardedException;
import org.lawkeeper.harness.trials.Trial;

/**
 * The drift of a law along the first random trial the harness generates from a seed, sampled densely as
 * the harness's report plots it: what the IDE's view draws for a selected law.
 */
public final class DriftPlots {
    private DriftPlots() {
    }

    /**
     * The drift of {@code law}, or empty when every trial the seed generates is discarded.
     *
     * @throws CancelledException when {@code cancellation} is raised or expires, polled after every step of
     *                            the integration (a trajectory may take up to 200,000 field evaluations)
     */
    public static Optional<DriftSeries> trace(Model model, Flow flow, Law law, long seed, Cancellation cancellation)
            throws CancelledException {
        try {
            Trial example = Laws.check(model, flow, law).seed(seed).cancellation(cancellation).example().trial();
            DriftTrace trace = DriftCheck.PLOTTING.withCancellation(cancellation).run(example).trace();
            return Optional.of(new DriftSeries(trace.entry(), trace.times(), trace.drift(), trace.maxDrift()));
        } catch (DiscardedException e) {
            return Optional.empty();
        } catch (UncheckedCancellation e) {
            throw e.cancelled();
        }
    }
}
