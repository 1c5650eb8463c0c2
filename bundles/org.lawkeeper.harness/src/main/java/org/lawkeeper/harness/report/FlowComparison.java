package org.lawkeeper.harness.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ObjIntConsumer;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.UncheckedCancellation;
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
import org.lawkeeper.harness.discrete.StepIdentity;
import org.lawkeeper.harness.discrete.StepSizeStudy;
import org.lawkeeper.harness.trials.Control;
import org.lawkeeper.harness.trials.Trial;

/**
 * Checks one law under several flows with the same seed, for the command line and its report: the
 * property run with its negative controls, a drift trace, and for gradient flows the discrete optimiser's
 * step-size study and, when the law has one, the exact identity of its steps. A model with a spec is
 * checked on every architecture of its shape up to it ({@link Laws#check(org.lawkeeper.core.model.ModelSpec,
 * Flow, String)}), so that a counterexample shrinks to the smallest one.
 */
public final class FlowComparison {
    /** Iterations and step sizes of the optimiser study: small enough that drift is per-step error. */
    private static final int STUDY_ITERATIONS = 10;
    private static final double[] STUDY_STEPS = StepSizeStudy.geometric(2e-3, 5);
    /** Trials, steps and step size of the identity checks: a step large enough that η²h(g) is visible. */
    private static final int IDENTITY_TRIALS = 20;
    private static final int IDENTITY_STEPS = 10;
    private static final double IDENTITY_STEP = 0.05;

    private FlowComparison() {
    }

    /** Runs {@code tries} trials per flow with the loss as the only negative control. */
    public static List<FlowOutcome> run(Model model, List<Flow> flows, String law, int tries, long seed,
            ObjIntConsumer<String> progress, Cancellation cancellation) throws LawSyntaxException {
        return run(model, flows, law, List.of(), tries, seed, progress, cancellation);
    }

    /**
     * Runs {@code tries} trials per flow.
     *
     * @param controls negative controls besides the loss (law-language expressions)
     * @param progress told (flow spec, judged tries) after each try
     * @param cancellation stops every run, inside a trajectory too, with {@link UncheckedCancellation}
     * @throws LawSyntaxException when the law or a control does not parse for one of the flows (checked before
     *                            any run)
     */
    public static List<FlowOutcome> run(Model model, List<Flow> flows, String law, List<String> controls, int tries,
            long seed, ObjIntConsumer<String> progress, Cancellation cancellation) throws LawSyntaxException {
        DriftCheck plotting = DriftCheck.PLOTTING.withCancellation(cancellation);
        List<Law> laws = new ArrayList<>();
        for (Flow flow : flows) {
            laws.add(LawParser.parse(law, model, flow));
            for (String control : controls) {
                Control.parse(control, model, flow);
            }
        }
        List<FlowOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < flows.size(); i++) {
            Flow flow = flows.get(i);
            Law bound = laws.get(i);
            LawCheck check = model.spec().map(spec -> Laws.check(spec, flow, law))
                    .orElseGet(() -> Laws.check(model, flow, bound)).control(controls.toArray(String[]::new))
                    .tries(tries).seed(seed).progress(n -> progress.accept(flow.spec(), n)).cancellation(cancellation);
            var result = check.run();
            TrialResult example = check.example();
            DriftTrace trace = plotting.run(result.failure().flatMap(LawCheck::violation).map(TrialResult::trial)
                    .orElse(example.trial())).trace();
            Optional<StepSizeStudy.Result> study = optimiserFor(flow)
                    .map(o -> new StepSizeStudy(o, STUDY_ITERATIONS, STUDY_STEPS).run(example.trial()));
            Optional<StepIdentities> identities = StepIdentity.of(bound, model, flow)
                    .map(identity -> identities(identity, check.examples(IDENTITY_TRIALS), seed));
            outcomes.add(new FlowOutcome(flow, result, trace, study, identities));
        }
        return outcomes;
    }

    private static StepIdentities identities(StepIdentity identity, List<Trial> trials, long seed) {
        List<StepIdentity.Summary> summaries = identity.optimisers(IDENTITY_STEP, seed).stream()
                .map(o -> StepIdentity.summarise(o, trials, IDENTITY_STEPS)).toList();
        return new StepIdentities(identity.text(), IDENTITY_STEP, IDENTITY_STEPS, summaries);
    }

    /**
     * The optimiser whose small-step limit is {@code flow}: first-order flows only, since a momentum
     * law's time and velocity have no step-size-free discrete counterpart.
     */
    static Optional<Optimiser> optimiserFor(Flow flow) {
        return switch (flow) {
            case GradientFlow f -> Optional.of(new GradientDescent(0, f.weightDecay().doubleValue()));
            case NaturalGradientFlow f -> Optional.of(new GradientDescent(0));
            case MirrorFlow f -> Optional.of(new MirrorDescent(0));
            default -> Optional.empty();
        };
    }
}
