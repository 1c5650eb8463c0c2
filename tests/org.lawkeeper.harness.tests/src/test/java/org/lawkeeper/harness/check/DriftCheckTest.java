package org.lawkeeper.harness.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.law.Law;
import org.lawkeeper.core.law.LawParser;
import org.lawkeeper.core.law.StateLayout;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelSpec;
import org.lawkeeper.harness.LawViolation;
import org.lawkeeper.harness.dynamics.DataSet;
import org.lawkeeper.harness.dynamics.Discard;
import org.lawkeeper.harness.dynamics.FlowIntegrator;
import org.lawkeeper.harness.dynamics.SquareLoss;
import org.lawkeeper.harness.trials.Control;
import org.lawkeeper.harness.trials.Trial;

class DriftCheckTest {
    private static final String BALANCED = "U1^T*U1 - U2*U2^T";
    private static final String SKEW = "skew(U1^T*U1' + U2*U2'^T)";

    private final DriftCheck check = new DriftCheck(FlowIntegrator.DEFAULT);

    @Test
    void balancednessIsConservedUnderGradientFlowAndViolatedUnderHeavyBall() throws Exception {
        Model model = ModelSpec.parse("linear:2,3,2").build(Limits.DEFAULT);
        for (int seed = 0; seed < 20; seed++) {
            assertInstanceOf(TrialVerdict.Conserved.class, check.run(trial(model, "gf", BALANCED, seed)).verdict());
            assertInstanceOf(TrialVerdict.Violated.class, check.run(trial(model, "momentum", BALANCED, seed)).verdict());
        }
    }

    @Test
    void wrongSignIsCaught() throws Exception {
        Model model = ModelSpec.parse("linear:2,2,2").build(Limits.DEFAULT);
        TrialResult result = check.run(trial(model, "gf", "U1^T*U1 + U2*U2^T", 3));
        TrialVerdict.Violated violated = assertInstanceOf(TrialVerdict.Violated.class, result.verdict());
        assertTrue(violated.drift() > 1e3 * violated.allowed(), violated.toString());
        String message = new LawViolation(result).getMessage();
        assertTrue(message.startsWith("law U1^T*U1 + U2*U2^T entry ") && message.contains("drift h(t) − h(0): t = "),
                message);
    }

    @Test
    void momentumLawNeedsItsExponentialFactor() throws Exception {
        Model model = ModelSpec.parse("linear:2,2,2").build(Limits.DEFAULT);
        for (int seed = 0; seed < 10; seed++) {
            assertInstanceOf(TrialVerdict.Conserved.class,
                    check.run(trial(model, "momentum:tau=1/2", "exp(tau*t)*" + SKEW, seed)).verdict());
            assertInstanceOf(TrialVerdict.Violated.class,
                    check.run(trial(model, "momentum:tau=1/2", SKEW, seed)).verdict());
            assertInstanceOf(TrialVerdict.Conserved.class,
                    check.run(trial(model, "momentum", SKEW, seed)).verdict());
        }
    }

    @Test
    void weightDecayScalesAQuadraticLawByExpTwoLambdaT() throws Exception {
        Model model = ModelSpec.parse("linear:2,3,2").build(Limits.DEFAULT);
        for (int seed = 0; seed < 10; seed++) {
            assertInstanceOf(TrialVerdict.Conserved.class,
                    check.run(trial(model, "gf:wd=1/2", "exp(2*wd*t)*(" + BALANCED + ")", seed)).verdict());
            assertInstanceOf(TrialVerdict.Violated.class, check.run(trial(model, "gf:wd=1/2", BALANCED, seed)).verdict());
            assertInstanceOf(TrialVerdict.Violated.class,
                    check.run(trial(model, "gf:wd=1/2", "exp(wd*t)*(" + BALANCED + ")", seed)).verdict());
        }
    }

    @Test
    void aLargeConstantTermNeitherHidesAFalseLawNorBreaksATrueOne() throws Exception {
        Model model = ModelSpec.parse("linear:2,2,2").build(Limits.DEFAULT);
        for (int seed = 0; seed < 10; seed++) {
            assertInstanceOf(TrialVerdict.Violated.class,
                    check.run(trial(model, "gf", "U1[1,1] + 10000000000000", seed)).verdict());
            assertInstanceOf(TrialVerdict.Conserved.class,
                    check.run(trial(model, "gf", "tr(" + BALANCED + ") + 10000000000000", seed)).verdict());
        }
    }

    @Test
    void thePolynomialProbeLeavesConstantsOutOfValuesAndScalesButNotOutOfDifferences() throws Exception {
        Model model = ModelSpec.parse("linear:2,2,2").build(Limits.DEFAULT);
        Flow flow = FlowSpec.parse("gf");
        Law law = LawParser.parse("U1[1,1]*U2[1,1] + 10000000000000", model, flow);
        LawProbe probe = LawProbe.of(law, new StateLayout(model, flow));
        double[] a = {1, 2, 3, 4, 5, 6, 7, 8};
        double[] b = {-2, 2, 3, 4, 0.5, 6, 7, 8};
        LawProbe.Measurement atA = probe.measure(0, a, new double[0]);
        LawProbe.Measurement atB = probe.measure(0, b, new double[0]);
        // the general path evaluates the whole law: its differences are the probe's
        double general = law.evaluate(0, b, new double[0])[0] - law.evaluate(0, a, new double[0])[0];
        assertEquals(general, atB.values()[0] - atA.values()[0], 1e-3);
        assertEquals(a[0] * a[4], atA.values()[0]);
        assertEquals(Math.abs(a[0] * a[4]), atA.magnitude());
        assertEquals(Math.abs(a[0] * a[4]) + (Math.abs(a[0]) + Math.abs(a[4])) * 8, atA.scale());
    }

    @Test
    void aTrialWhoseLawGrowsBeyondAnyPowerIsDiscardedAsDiverged() throws Exception {
        Model model = ModelSpec.parse("linear:2,2,2").build(Limits.DEFAULT);
        for (int seed = 0; seed < 5; seed++) {
            // e^{τt} reaches e^{200}: rounding in θ' times e^{τt} swamps anything a violation could show
            TrialVerdict verdict = check.run(trial(model, "momentum:tau=100", "exp(tau*t)*" + SKEW, seed)).verdict();
            TrialVerdict.Discarded discarded = assertInstanceOf(TrialVerdict.Discarded.class, verdict);
            assertEquals(Discard.Reason.DIVERGED, discarded.discard().reason());
            assertTrue(discarded.discard().detail().startsWith("no power: the law's terms grew from "),
                    discarded::toString);
        }
    }

    @Test
    void theLossIsAControlThatMovesAndAConservedQuantityIsNot() throws Exception {
        Model model = ModelSpec.parse("linear:2,2,2").build(Limits.DEFAULT);
        Trial trial = trial(model, "gf", BALANCED, 4);
        Law skew = LawParser.parse("U1^T*U1 - U2*U2^T", model, trial.flow());
        TrialResult result = check.run(trial.withControls(List.of(new Control.Quantity(skew))));
        assertEquals(List.of("loss", "U1^T*U1 - U2*U2^T"), result.controls().stream().map(ControlDrift::text).toList());
        assertTrue(result.controls().get(0).moved(), result.controls()::toString);
        assertFalse(result.controls().get(1).moved(), result.controls()::toString);
    }

    @Test
    void divergenceIsADiscardNotAViolation() throws Exception {
        Model model = ModelSpec.parse("linear:2,2,2").build(Limits.DEFAULT);
        Law law = LawParser.parse(BALANCED, model, FlowSpec.parse("gf"));
        SplittableRandom random = new SplittableRandom(1);
        double[] theta = random.doubles(8, 5, 6).toArray();
        // a huge target pulls φ along a quartic valley fast enough to leave any bound in finite time
        DataSet data = new DataSet(new double[][] {{1, 0, 0, 0}}, new double[] {-1e9});
        Trial trial = new Trial(model, FlowSpec.parse("gf"), law, new SquareLoss(data), theta, new double[8], 10);
        TrialVerdict.Discarded discarded = assertInstanceOf(TrialVerdict.Discarded.class, check.run(trial).verdict());
        assertTrue(EnumSet.of(Discard.Reason.DIVERGED, Discard.Reason.STIFF, Discard.Reason.TOO_MANY_EVALUATIONS)
                .contains(discarded.discard().reason()), discarded.toString());
    }

    static Trial trial(Model model, String flowSpec, String lawText, long seed) throws Exception {
        Flow flow = FlowSpec.parse(flowSpec);
        Law law = LawParser.parse(lawText, model, flow);
        SplittableRandom random = new SplittableRandom(seed);
        int n = model.parameterCount();
        int d = model.factorisation().size();
        double[][] features = new double[4][d];
        double[] targets = new double[4];
        for (int k = 0; k < 4; k++) {
            for (int i = 0; i < d; i++) {
                features[k][i] = random.nextGaussian();
            }
            targets[k] = random.nextGaussian();
        }
        double[] theta = new double[n];
        double[] velocity = new double[n];
        for (int j = 0; j < n; j++) {
            theta[j] = random.nextGaussian();
            velocity[j] = random.nextGaussian();
        }
        return new Trial(model, flow, law, new SquareLoss(new DataSet(features, targets)), theta, velocity, 2);
    }

    @Test
    void traceStartsAtZero() throws Exception {
        Model model = ModelSpec.parse("linear:2,2,2").build(Limits.DEFAULT);
        DriftTrace trace = check.run(trial(model, "momentum", BALANCED, 5)).trace();
        assertEquals(0, trace.drift()[0]);
        assertEquals(0, trace.times()[0]);
        assertTrue(trace.times().length > 5);
    }
}
