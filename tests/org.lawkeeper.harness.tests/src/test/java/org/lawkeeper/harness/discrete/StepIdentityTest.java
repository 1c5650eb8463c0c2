package org.lawkeeper.harness.discrete;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.law.LawParser;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelSpec;
import org.lawkeeper.harness.gen.Choices;
import org.lawkeeper.harness.gen.DiscardedException;
import org.lawkeeper.harness.gen.Gen;
import org.lawkeeper.harness.trials.Trial;
import org.lawkeeper.harness.trials.TrialGens;

/** The exact identities of one optimiser step, checked to rounding on random trials (docs/ALGORITHMS.md §18). */
class StepIdentityTest {
    private static final int TRIALS = 12;
    private static final int STEPS = 8;
    private static final double STEP = 0.05;

    @ParameterizedTest(name = "{0} under {1}: {2}")
    @CsvSource(delimiter = ';', value = {
        "net:3>dense(3)>rmsnorm>dense(2); gf:wd=1/10; exp(2*wd*t)*norm2(W1)",
        "net:2x3>attention(heads=1,dk=2); gf; Q1^T*Q1 - K1^T*K1",
        "net:2x3>attention(heads=1,dk=2,dv=2); gf:wd=1/2; V1^T*V1 - O1*O1^T",
        "net:3>swiglu(2)>dense(2); gf; norm2(W1, cols)^T - norm2(C1, rows)",
        "linear:2,3,2; gf:wd=1/4; exp(2*wd*t)*(U1^T*U1 - U2*U2^T)"})
    void quadraticLawsChangeByExactlyTheDecayAndTheSquaredStep(String spec, String flow, String law) throws Exception {
        StepIdentity identity = identity(spec, flow, law);
        assertTrue(identity.quadratic());
        List<Trial> trials = trials(spec, flow, law);
        for (Optimiser optimiser : identity.optimisers(STEP, 1)) {
            StepIdentity.Summary summary = StepIdentity.summarise(optimiser, trials, STEPS);
            assertTrue(summary.holds(), () -> summary.toString());
            assertTrue(summary.trials() >= TRIALS / 2, summary::toString);
        }
        // heavy ball adds momentum β(θ − θ⁻) to a step from θ: not of the form y − η(g + λy), and it misses
        StepIdentity.Summary heavyBall = StepIdentity.summarise(new HeavyBall(STEP, 0.9, 0), trials, STEPS);
        assertTrue(heavyBall.broken() > 0 && heavyBall.residual() > 1e6 * heavyBall.bound(), heavyBall::toString);
        assertEquals(List.of("gradient descent", "stochastic gradient descent", "Nesterov (β = 0.9)"),
                identity.optimisers(STEP, 1).stream().map(o -> o.describe().replaceAll(" \\(wd = .*", "")).toList());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "net:4>dense(3)>softmax; sum(W1, cols)",
        "net:3>moe(experts=3,gate=softmax,dense(2)); sum(G1, cols)"})
    void linearLawsSurviveGradientAndMomentumStepsAndNotAdamOrSignDescent(String spec, String law) throws Exception {
        for (String flow : List.of("gf", "gf:wd=1/5")) {
            StepIdentity identity = identity(spec, flow, law);
            List<Trial> trials = trials(spec, flow, law);
            for (Optimiser optimiser : identity.optimisers(STEP, 1)) {
                StepIdentity.Summary summary = StepIdentity.summarise(optimiser, trials, STEPS);
                boolean affine = !(optimiser instanceof Adam || optimiser instanceof SignDescent);
                if (affine) {
                    assertTrue(summary.holds(), () -> flow + ": " + summary);
                } else {
                    assertTrue(summary.broken() > summary.trials() / 2, () -> flow + ": " + summary);
                    assertTrue(summary.residual() > 1e6 * summary.bound(), () -> flow + ": " + summary);
                }
            }
        }
    }

    @Test
    void signDescentKeepsTheColumnSumsOfTwoClasses() throws Exception {
        // with two classes the gradient's column is (a, −a): its signs cancel, whatever a is
        StepIdentity.Summary summary = StepIdentity.summarise(new SignDescent(STEP, 0),
                trials("net:3>dense(2)>softmax", "gf", "sum(W1, cols)"), STEPS);
        assertTrue(summary.holds(), summary::toString);
    }

    @Test
    void aViolationFarBelowTheLawItselfIsCaught() throws Exception {
        // ‖W1‖² is kept by the normalisation; ‖W2‖² is not, and a billionth of it breaks the identity
        String spec = "net:3>dense(3)>rmsnorm>dense(2)";
        String law = "norm2(W1) + 1/1000000000*norm2(W2)";
        StepIdentity.Summary summary = StepIdentity.summarise(new GradientDescent(STEP), trials(spec, "gf", law), STEPS);
        assertTrue(summary.broken() == summary.trials() && summary.trials() > 0, summary::toString);
    }

    @Test
    void lawsThatAreNotFormsOfThetaHaveNoIdentity() throws Exception {
        assertTrue(StepIdentity.of(parse("net:4>dense(3)>softmax", "momentum", "exp(tau*t)*sum(W1', cols)"),
                model("net:4>dense(3)>softmax"), FlowSpec.parse("momentum")).isEmpty());
        assertTrue(StepIdentity.of(parse("net:4>dense(4)>rmsnorm>dense(2)", "gf", "norm2(W1) - 1"),
                model("net:4>dense(4)>rmsnorm>dense(2)"), FlowSpec.parse("gf")).isEmpty());
        assertTrue(StepIdentity.of(parse("net:4>dense(4)>rmsnorm>dense(2)", "mirror", "norm2(W1)"),
                model("net:4>dense(4)>rmsnorm>dense(2)"), FlowSpec.parse("mirror")).isEmpty());
    }

    private static StepIdentity identity(String spec, String flow, String law) throws Exception {
        return StepIdentity.of(parse(spec, flow, law), model(spec), FlowSpec.parse(flow)).orElseThrow();
    }

    private static org.lawkeeper.core.law.Law parse(String spec, String flow, String law) throws Exception {
        return LawParser.parse(law, model(spec), FlowSpec.parse(flow));
    }

    private static Model model(String spec) throws Exception {
        return ModelSpec.parse(spec).build(Limits.DEFAULT);
    }

    /** Trials on {@code spec} itself: its loss, θ(0), the flow (for the weight decay). */
    private static List<Trial> trials(String spec, String flowSpec, String law) throws Exception {
        Model model = model(spec);
        Flow flow = FlowSpec.parse(flowSpec);
        Gen<Trial> cases = TrialGens.cases(model, flow, LawParser.parse(law, model, flow), 2);
        List<Trial> trials = new ArrayList<>();
        for (long seed = 0; trials.size() < TRIALS; seed++) {
            try {
                trials.add(cases.generate(Choices.fresh(seed)));
            } catch (DiscardedException e) {
                // a generator filter: draw again
            }
        }
        return trials;
    }
}
