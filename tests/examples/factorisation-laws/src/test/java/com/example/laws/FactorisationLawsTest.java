package com.example.laws;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.law.LawParser;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.harness.Laws;
import org.lawkeeper.harness.gen.Gen;
import org.lawkeeper.harness.junit.ForAll;
import org.lawkeeper.harness.junit.LawProperty;
import org.lawkeeper.harness.property.Statistics;
import org.lawkeeper.harness.trials.Trial;
import org.lawkeeper.harness.trials.TrialGens;

/**
 * Tries hard to break the laws claimed on {@link Factorisation}: random data, losses and initial states, each
 * flow integrated and the drift judged against the integrator's own error estimate.
 */
class FactorisationLawsTest {
    private static final String BALANCED = "W^T*W - H*H^T";
    private static final String ROTATION = "exp(tau*t)*skew(W^T*W' + H*H'^T)";

    static Model factorisation() throws Exception {
        return new Factorisation().define();
    }

    @Test
    void balancednessIsAGradientFlowLaw() throws Exception {
        Laws.check(factorisation(), FlowSpec.parse("gf"), BALANCED).tries(100).seed(1).assertConserved()
                .assertCoverage("near rank one", 20).assertCoverage("logistic loss", 10);
    }

    @Test
    void balancednessIsNotAMomentumLaw() throws Exception {
        var counterexample = Laws.check(factorisation(), FlowSpec.parse("momentum"), BALANCED).tries(100).seed(1)
                .assertViolated();
        assertTrue(counterexample.shrunk().horizon() <= 2);
    }

    /** The rotation law of heavy-ball momentum, with its e^{τt} factor, as an annotated property. */
    @LawProperty(tries = 100, seed = "7")
    void rotationsAreConservedUnderMomentum(@ForAll("momentumTrials") Trial trial) {
        Statistics.cover(5, trial.loss().describe().startsWith("logistic"), "logistic loss");
        Laws.assertConserved(trial);
    }

    Gen<Trial> momentumTrials() throws Exception {
        Model model = factorisation();
        Flow flow = FlowSpec.parse("momentum:tau=1/2");
        return TrialGens.cases(model, flow, LawParser.parse(ROTATION, model, flow), 2);
    }
}
