package org.lawkeeper.eclipse.ui.view;

import java.util.Optional;
import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelSpec;
import org.lawkeeper.harness.Laws;
import org.lawkeeper.harness.check.DriftCheck;
import org.lawkeeper.harness.check.DriftTrace;
import org.lawkeeper.harness.gen.DiscardedException;

/**
 * The one adapter between the view and the property-testing harness: the drift h(t) − h(0) of a law
 * along the first random trial the harness generates from a seed, sampled densely as the harness's
 * report plots it.
 */
final class HarnessDrift {

    private HarnessDrift() {
    }

    /** The drift of {@code law}, or empty when the model, flow or law does not parse or every trial was discarded. */
    static Optional<DriftTrace> trace(String modelSpec, String flowSpec, String law, long seed) {
        try {
            Model model = ModelSpec.parse(modelSpec, Limits.DEFAULT);
            Flow flow = FlowSpec.parse(flowSpec);
            return Optional.ofNullable(
                    DriftCheck.PLOTTING.run(Laws.check(model, flow, law).seed(seed).example().trial()).trace());
        } catch (LawkeeperException | IllegalArgumentException | DiscardedException e) {
            return Optional.empty();
        }
    }
}
