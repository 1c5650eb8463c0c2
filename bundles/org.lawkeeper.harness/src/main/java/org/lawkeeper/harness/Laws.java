package org.lawkeeper.harness;

import java.time.Duration;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.law.Law;
import org.lawkeeper.core.law.LawParser;
import org.lawkeeper.core.law.LawSyntaxException;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelSpec;
import org.lawkeeper.harness.check.ControlDrift;
import org.lawkeeper.harness.check.DriftCheck;
import org.lawkeeper.harness.check.TrialResult;
import org.lawkeeper.harness.check.TrialVerdict;
import org.lawkeeper.harness.dynamics.FlowIntegrator;
import org.lawkeeper.harness.gen.DiscardedException;
import org.lawkeeper.harness.gen.Gen;
import org.lawkeeper.harness.property.PropertySettings;
import org.lawkeeper.harness.property.Statistics;
import org.lawkeeper.harness.trials.Trial;
import org.lawkeeper.harness.trials.TrialGens;

/**
 * Entry point of the plain Java API: "write down the law you believe in, and Lawkeeper tries hard to
 * break it".
 *
 * <pre>{@code
 * Model model = ModelSpec.parse("linear:2,3,2").build(Limits.DEFAULT);
 * Laws.check(model, FlowSpec.parse("gf"), "U1^T*U1 - U2*U2^T").tries(200).assertConserved();
 * }</pre>
 */
public final class Laws {
    /** Default longest horizon of a trial. */
    public static final double MAX_HORIZON = 2;
    /**
     * The share of judged trials, in percent, on which each negative control must clearly move; a run below
     * it fails as vacuous (docs/ALGORITHMS.md §19).
     */
    public static final double CONTROL_COVERAGE = 25;
    private static final DriftCheck CHECK = new DriftCheck(FlowIntegrator.DEFAULT);

    private Laws() {
    }

    /**
     * Checks {@code law} (law language, see {@code LawParser}) under {@code flow} on {@code model}.
     *
     * @throws IllegalArgumentException when the law does not parse for this model and flow (the message
     *                                  names the column)
     */
    public static LawCheck check(Model model, Flow flow, String law) {
        try {
            return check(model, flow, LawParser.parse(law, model, flow));
        } catch (LawSyntaxException e) {
            throw new IllegalArgumentException("law '" + law + "': " + e.getMessage(), e);
        }
    }

    /** Checks an already parsed law. */
    public static LawCheck check(Model model, Flow flow, Law law) {
        return of(TrialGens.cases(model, flow, law, MAX_HORIZON));
    }

    /**
     * Checks {@code law} on every architecture {@code models} generates (for example
     * {@code TrialGens.architectures("linear", 2, 3, 3)}); a counterexample shrinks to the smallest one.
     */
    public static LawCheck check(Gen<Model> models, Flow flow, String law) {
        return of(TrialGens.cases(models, flow, law, MAX_HORIZON));
    }

    /**
     * Checks {@code law} on every architecture of the shape of {@code spec} up to its sizes (for example
     * {@code net:2x4>attention(heads=2,dk=2)} from one token of width one and one head of width one); a
     * counterexample shrinks to the smallest architecture on which the same numbers still fail
     * ({@link TrialGens#cases(ModelSpec, Flow, String, double)}).
     *
     * @throws IllegalArgumentException when the law does not parse for {@code spec} (the message names the column)
     */
    public static LawCheck check(ModelSpec spec, Flow flow, String law) {
        return of(TrialGens.cases(spec, flow, law, MAX_HORIZON));
    }

    /** Checks {@code law} on architectures from {@code models} under flows from {@code flows}. */
    public static LawCheck check(Gen<Model> models, Gen<Flow> flows, String law) {
        return of(TrialGens.cases(models, flows, law, MAX_HORIZON));
    }

    /**
     * Judges one trial, for property bodies: returns when the law is conserved, throws {@link LawViolation}
     * when it is violated and {@link org.lawkeeper.harness.gen.DiscardedException} (a discarded try) when
     * the dynamics could not be followed. Each of the trial's negative controls is recorded as a coverage
     * requirement (see {@link #controlLabel}): a property whose controls moved on fewer than
     * {@value #CONTROL_COVERAGE} % of its tries fails.
     */
    public static void assertConserved(Trial trial) {
        judge(CHECK, trial);
    }

    static void judge(DriftCheck check, Trial trial) {
        TrialResult result = check.run(trial);
        for (ControlDrift control : result.controls()) {
            Statistics.cover(CONTROL_COVERAGE, control.moved(), controlLabel(control.text()));
        }
        switch (result.verdict()) {
            case TrialVerdict.Violated v -> throw new LawViolation(result);
            case TrialVerdict.Discarded d -> throw new DiscardedException(d.discard().reason().label());
            case TrialVerdict.Conserved c -> {
            }
        }
    }

    /** The statistics label of the trials on which the control {@code text} moved. */
    public static String controlLabel(String text) {
        return "control " + text + " moved";
    }

    private static LawCheck of(Gen<Trial> cases) {
        PropertySettings settings = PropertySettings.defaults().withTimeBudget(Duration.ofMinutes(5));
        return new LawCheck(cases, settings, FlowIntegrator.DEFAULT, tries -> {
        });
    }
}
