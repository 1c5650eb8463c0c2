package org.lawkeeper.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.model.ModelSpec;
import org.lawkeeper.harness.property.Counterexample;
import org.lawkeeper.harness.property.PropertyResult;
import org.lawkeeper.harness.trials.Trial;

/**
 * The laws of docs/THEORY.md §11 (oracles: §12.3) on networks of the layer language, on architectures up to the
 * given one: confirmed under every random dynamics, with the loss moving as the negative control (else
 * {@code assertConserved} fails as vacuous); and false claims falsified with a counterexample shrunk to the
 * smallest architecture of the same shape.
 */
class NetworkLawsTest {
    private static final long SEED = 20260901L;
    /** More for a soundness sweep: -Dlawkeeper.tries=2000 (with -Dlawkeeper.seed=N for other trials). */
    private static final int TRIES = Integer.getInteger("lawkeeper.tries", 40);

    @ParameterizedTest(name = "{0} under {1}: {2}")
    @CsvSource(delimiter = ';', value = {
        "net:2x4>attention(heads=2,dk=2); gf; Q1^T*Q1 - K1^T*K1",
        "net:2x4>attention(heads=2,dk=2,dv=1); gf; V1^T*V1 - O1*O1^T",
        "net:3x4>attention(heads=1,dk=2,rope); gf; norm2(Q1) - norm2(K1)",
        "net:2x2>attention(heads=1,dk=1,dv=1,linear); gf; norm2(Q1) + norm2(K1) - norm2(V1) - norm2(O1)",
        "net:3>swiglu(3)>dense(2); gf; norm2(W1, cols)^T - norm2(C1, rows)",
        "net:3>glu(2)>dense(2); gf; norm2(W1, cols)^T - norm2(B1, rows)",
        "net:3>dense(2)>pow(3)>dense(2); gf; 3*norm2(W2, cols)^T - norm2(W1, rows)",
        "net:3>moe(experts=2,gate=softmax,dense(2)>relu>dense(2)); gf; sum(G1, cols)",
        "net:3>moe(experts=2,gate=softmax,swiglu(2)>dense(3)); gf; norm2(E1_W1, cols)^T - norm2(E1_C1, rows)",
        "net:4>dense(3)>softmax; gf; sum(W1, cols)",
        "net:4>dense(3)>softmax; momentum:tau=1; exp(tau*t)*sum(W1', cols)",
        "net:1>dense(3)>softmax; momentum:tau=1/2,wd=1/4; "
                + "exp(tau*t)*(sum(W1', cols)*sum(W1', cols) + tau*sum(W1, cols)*sum(W1', cols) "
                + "+ wd*sum(W1, cols)*sum(W1, cols))",
        "net:3>dense(3)>layernorm>dense(2); gf; norm2(W1)",
        "net:2>dense(3)>softmax; natural; sum(W1, cols)",
        "net:4>residual(dense(4)>relu>dense(4)); gf; norm2(W1, rows) - norm2(W2, cols)^T",
        "net:1x5>conv1d(channels=2,kernel=2)>relu>conv1d(channels=1,kernel=1); gf; norm2(F1, rows) - norm2(F2, cols)^T",
        "net:2x4>attention(heads=2,dk=2); gf:wd=1/2; exp(2*wd*t)*(Q2^T*Q2 - K2^T*K2)",
        "net:4>dense(3)>softmax; gf:wd=1/3; exp(wd*t)*sum(W1, cols)",
        "net:3>dense(3)>rmsnorm>dense(2); gf:wd=1/4; exp(2*wd*t)*norm2(W1)"})
    void lawIsConfirmed(String spec, String flow, String law) throws Exception {
        PropertyResult<Trial> result = Laws.check(ModelSpec.parse(spec), FlowSpec.parse(flow),
                law).tries(TRIES).seed(SEED).timeBudget(Duration.ofMinutes(10)).assertConserved();
        assertEquals(TRIES, result.tries(), result::summary);
    }

    /** The README's example, and a "control" that is itself a law. */
    @Test
    void aNegativeControlMustMoveOrTheRunIsVacuous() throws Exception {
        ModelSpec attention = ModelSpec.parse("net:2x4>attention(heads=2,dk=2)");
        Laws.check(attention, FlowSpec.parse("gf:wd=1/2"), "exp(2*wd*t)*(Q1^T*Q1 - K1^T*K1)").control("norm2(V1)")
                .tries(40).seed(SEED).assertConserved().assertCoverage(Laws.controlLabel("norm2(V1)"),
                        Laws.CONTROL_COVERAGE);
        ModelSpec spec = ModelSpec.parse("net:4>dense(3)>softmax");
        AssertionError vacuous = assertThrows(AssertionError.class, () -> Laws.check(spec, FlowSpec.parse("gf"),
                "sum(W1, cols)").control("sum(W1)").tries(20).seed(SEED).assertConserved());
        assertTrue(vacuous.getMessage().startsWith("vacuous: coverage of 'control sum(W1) moved' is 0.0 %"),
                vacuous::getMessage);
    }

    @ParameterizedTest(name = "{0} under {1}: {2} shrinks to {3}")
    @CsvSource(delimiter = ';', value = {
        "net:3>swiglu(3)>dense(2); gf; norm2(W1, cols)^T - norm2(B1, rows); net:1>swiglu(1)>dense(1)",
        "net:3>moe(experts=3,gate=nsigmoid,dense(3)); gf; sum(G1, cols); net:1>moe(experts=2,gate=nsigmoid,dense(1))",
        "net:2x4>attention(heads=2,dk=2); gf:wd=1/2; Q1^T*Q1 - K1^T*K1; net:1>attention(heads=1,dk=1)",
        "net:2x4>attention(heads=2,dk=2); momentum; Q1^T*Q1 - K1^T*K1; net:1>attention(heads=1,dk=1)",
        "net:3>dense(3)>gelu>dense(2); gf; norm2(W1, rows) - norm2(W2, cols)^T; net:1>dense(1)>gelu>dense(1)",
        "net:4>dense(4)>dense(2); gf; norm2(W1); net:1>dense(1)>dense(1)",
        "net:4>dense(4)>rmsnorm>dense(2); gf:wd=1; exp(wd*t)*norm2(W1); net:1>dense(2)>rmsnorm>dense(1)"})
    void falseClaimIsFalsifiedWithAMinimalCounterexample(String spec, String flow, String law, String minimal)
            throws Exception {
        Counterexample<Trial> c = Laws.check(ModelSpec.parse(spec), FlowSpec.parse(flow), law)
                .tries(TRIES).seed(SEED).assertViolated();
        assertTrue(c.failure() instanceof LawViolation, c.failure()::toString);
        assertEquals(minimal, c.shrunk().model().name(), () -> c.shrunk().describe());
    }
}
