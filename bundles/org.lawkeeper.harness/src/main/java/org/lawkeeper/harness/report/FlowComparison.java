package org.lawkeeper.harness.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ObjIntConsumer;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.flow.GradientFlow;
import org.lawkeeper.core.flow.MirrorFlow;
import org.lawkeeper.core.flow.NaturalGradientFlow;
import org.lawkeeper.core.law.Law;
import org.lawkeeper.core.law.LawParser;
import org.lawkeeper.core.law.LawSyntaxException;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.harness.LawCheck;
import org.lawkeeper.harness.Laws;
import org.lawkeeper.harness.check.DriftCheck;
import org.lawkeeper.harness.check.DriftTrace;
import org.lawkeeper.harness.check.TrialResult;
import org.lawkeeper.harness.discrete.GradientDescent;
import org.lawkeeper.harness.discrete.MirrorDescent;
import org.lawkeeper.harness.discrete.Optimiser;
import org.lawkeeper.harness.discrete.StepSizeStudy;

/** Checks one law under several flows with the same seed, for the command line and its report. */
public final class FlowComparison {
    /** Iterations and step sizes of the optimiser study: small enough that drift is per-step error. */
    private static final int STUDY_ITERATIONS = 10;
    private static final double[] STUDY_STEPS = StepSizeStudy.geometric(2e-3, 5);

    private FlowComparison() {
    }

    /**
     * Runs {@code tries} trials per flow.
     *
     * @param progress told (flow spec, judged tries) after each try
     * @throws LawSyntaxException when the law does not parse for one of the flows (checked before any run)
     */
    public static List<FlowOutcome> run(Model model, List<Flow> flows, String law, int tries, long seed,
            ObjIntConsumer<String> progress) throws LawSyntaxException {
        List<Law> laws = new ArrayList<>();
        for (Flow flow : flows) {
            laws.add(LawParser.parse(law, model, flow));
        }
        List<FlowOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < flows.size(); i++) {
            Flow flow = flows.get(i);
            LawCheck check = Laws.check(model, flow, laws.get(i)).tries(tries).seed(seed)
                    .progress(n -> progress.accept(flow.spec(), n));
            var result = check.run();
            TrialResult example = check.example();
            DriftTrace trace = DriftCheck.PLOTTING.run(result.failure().flatMap(LawCheck::violation).map(TrialResult::trial)
                    .orElse(example.trial())).trace();
            Optional<StepSizeStudy.Result> study = optimiserFor(flow)
                    .map(o -> new StepSizeStudy(o, STUDY_ITERATIONS, STUDY_STEPS).run(example.trial()));
            outcomes.add(new FlowOutcome(flow, result, trace, study));
        }
        return outcomes;
    }

    /**
     * The optimiser whose small-step limit is {@code flow}: first-order flows only, since a momentum
     * law's time and velocity have no step-size-free discrete counterpart.
     */
    static Optional<Optimiser> optimiserFor(Flow flow) {
        return switch (flow) {
            case GradientFlow f -> Optional.of(new GradientDescent(0));
            case NaturalGradientFlow f -> Optional.of(new GradientDescent(0));
            case MirrorFlow f -> Optional.of(new MirrorDescent(0));
            default -> Optional.empty();
        };
    }
}
