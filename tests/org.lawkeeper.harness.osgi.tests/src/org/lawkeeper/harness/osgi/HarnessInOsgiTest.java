package org.lawkeeper.harness.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.law.LawParser;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelSpec;
import org.lawkeeper.harness.Laws;
import org.lawkeeper.harness.gen.Gen;
import org.lawkeeper.harness.junit.ForAll;
import org.lawkeeper.harness.junit.LawProperty;
import org.lawkeeper.harness.trials.Trial;
import org.lawkeeper.harness.trials.TrialGens;
import org.osgi.framework.FrameworkUtil;

/** The harness's plain API and its JUnit extension, run by Tycho inside an OSGi framework. */
class HarnessInOsgiTest {
    private static final String PER_NEURON = "norm2(U2, rows) - norm2(U1, cols)^T";

    @Test
    void runsFromBundlesNotFromAClassPath() {
        assertNotNull(FrameworkUtil.getBundle(Laws.class), "the harness was not loaded from its bundle");
        assertEquals("org.lawkeeper.harness", FrameworkUtil.getBundle(Laws.class).getSymbolicName());
    }

    @Test
    void aReluLawIsConservedUnderGradientFlowAndBrokenByMomentum() throws Exception {
        Model relu = ModelSpec.parse("relu:2,3,2").build(Limits.DEFAULT);
        Laws.check(relu, FlowSpec.parse("gf"), PER_NEURON).tries(50).seed(3).assertConserved();
        Laws.check(relu, FlowSpec.parse("momentum"), PER_NEURON).tries(50).seed(3).assertViolated();
    }

    /**
     * A network without a factorisation, trained by the harness's own differentiation (GELU's Φ from
     * Hipparchus' special functions), under weight decay, with a negative control.
     */
    @Test
    void aGateLawOfANetworkHoldsUnderWeightDecayAndAControlMoves() throws Exception {
        ModelSpec moe = ModelSpec.parse("net:3>moe(experts=2,gate=softmax,dense(2)>gelu>dense(2))");
        Laws.check(moe, FlowSpec.parse("gf:wd=1/4"), "exp(wd*t)*sum(G1, cols)").control("norm2(G1)").tries(20).seed(5)
                .assertConserved();
        Laws.check(moe, FlowSpec.parse("gf:wd=1/4"), "sum(G1, cols)").tries(20).seed(5).assertViolated();
    }

    @LawProperty(tries = 50, seed = "11")
    void theRotationLawHoldsUnderHeavyBall(@ForAll("rotationTrials") Trial trial) {
        Laws.assertConserved(trial);
    }

    Gen<Trial> rotationTrials() throws Exception {
        Model model = ModelSpec.parse("linear:2,2,2").build(Limits.DEFAULT);
        Flow flow = FlowSpec.parse("momentum:tau=1");
        return TrialGens.cases(model, flow, LawParser.parse("exp(tau*t)*skew(U1^T*U1' + U2*U2'^T)", model, flow), 2);
    }
}
