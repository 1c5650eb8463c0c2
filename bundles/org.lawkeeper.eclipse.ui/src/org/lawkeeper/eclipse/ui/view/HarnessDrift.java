package org.lawkeeper.eclipse.ui.view;

import java.util.Optional;
import java.util.SplittableRandom;
import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.law.Law;
import org.lawkeeper.core.law.LawParser;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelSpec;
import org.lawkeeper.harness.check.DriftCheck;
import org.lawkeeper.harness.check.DriftTrace;
import org.lawkeeper.harness.check.LawCase;
import org.lawkeeper.harness.dynamics.FlowIntegrator;
import org.lawkeeper.harness.dynamics.SmoothLoss;

/**
 * The one adapter between the view and the property-testing harness: the drift h(t) − h(0) of a law
 * along one seeded random trajectory of the flow, on a smooth random loss.
 */
final class HarnessDrift {
    private static final double HORIZON = 2;

    private HarnessDrift() {
    }

    /** The drift of {@code law}, or empty when the model, flow or law does not parse or the run was discarded. */
    static Optional<DriftTrace> trace(String modelSpec, String flowSpec, String law, long seed) {
        try {
            Model model = ModelSpec.parse(modelSpec, Limits.DEFAULT);
            Flow flow = FlowSpec.parse(flowSpec);
            Law parsed = LawParser.parse(law, model, flow);
            SplittableRandom random = new SplittableRandom(seed);
            int outputs = model.factorisation().size();
            int parameters = model.parameterCount();
            SmoothLoss loss = new SmoothLoss(values(random, outputs, 1), values(random, outputs, 1), 0.1);
            // positive starting points: mirror geometries need positive blocks
            double[] theta = random.doubles(parameters, 0.2, 1).toArray();
            double[] velocity = flow.hasMomentum() ? values(random, parameters, 0.5) : new double[parameters];
            LawCase trial = new LawCase(model, flow, parsed, loss, theta, velocity, HORIZON);
            return Optional.ofNullable(new DriftCheck(FlowIntegrator.DEFAULT).run(trial).trace());
        } catch (LawkeeperException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static double[] values(SplittableRandom random, int length, double scale) {
        return random.doubles(length, -scale, scale).toArray();
    }
}
