package org.lawkeeper.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.model.ModelSpec;
import org.lawkeeper.harness.property.Counterexample;
import org.lawkeeper.harness.property.PropertyResult;
import org.lawkeeper.harness.trials.Trial;
import org.lawkeeper.harness.trials.TrialGens;

/** The acceptance cases of issue 4: every docs/THEORY.md §6 law family confirmed, five false claims falsified and shrunk. */
class LawFamiliesTest {
    private static final long SEED = 20260601L;
    /** More for a soundness sweep: -Dlawkeeper.tries=5000 (with -Dlawkeeper.seed=N for other trials). */
    private static final int TRIES = Integer.getInteger("lawkeeper.tries", 200);

    @ParameterizedTest(name = "{0} under {1}: {2}")
    @CsvSource(delimiter = ';', value = {
        "linear:2,3,2; gf; U1^T*U1 - U2*U2^T",
        "linear:3,2,2; natural; U1^T*U1 - U2*U2^T",
        "linear:2,3,2,2; gf; U2^T*U2 - U3*U3^T",
        "linear:2,2,2; momentum; skew(U1^T*U1' + U2*U2'^T)",
        "linear:2,3,2; momentum:tau=1/2; exp(tau*t)*skew(U1^T*U1' + U2*U2'^T)",
        "linear:2,2,2; nesterov; t^3*skew(U1^T*U1' + U2*U2'^T)",
        "linear:2,2,2,2; momentum:tau=1; exp(tau*t)*skew(U2^T*U2' + U3*U3'^T)",
        "relu:2,3,2; gf; norm2(U2, rows) - norm2(U1, cols)^T",
        "relu:2,3,2+bias; gf; norm2(U2, rows) + norm2(b1, rows) - norm2(U1, cols)^T",
        "nmf:2,2,2; mirror; sum(U, cols)^T - sum(V, rows)",
        "icnn:2,2,2+bias; mirror; sum(U, cols)^T - 1/2*(norm2(V, rows) + norm2(b, rows))"})
    void lawFamilyIsConfirmed(String model, String flow, String law) throws Exception {
        PropertyResult<Trial> result = Laws.check(ModelSpec.parse(model).build(Limits.DEFAULT), FlowSpec.parse(flow), law)
                .tries(TRIES).seed(SEED).timeBudget(Duration.ofHours(1)).assertConserved();
        assertEquals(TRIES, result.tries(), result::summary);
        // the edge cases are really generated, with every loss
        result.assertCoverage("initial scale 0.001", 10).assertCoverage("near rank one", 30)
                .assertCoverage("logistic loss", 15).assertCoverage("1 data point", 10);
    }

    @Test
    void momentumLawHoldsForEveryFrictionAndNeedsItsFactorWhenFrictionIsPositive() {
        var models = TrialGens.architectures("linear", 2, 2, 3);
        var frictions = TrialGens.frictions("momentum", 8);
        Laws.check(models, frictions, "exp(tau*t)*skew(U1^T*U1' + U2*U2'^T)").tries(200).seed(SEED).assertConserved()
                .assertCoverage("momentum", 5).assertCoverage("momentum:tau=2", 5);
        Counterexample<Trial> c = Laws.check(models, frictions, "skew(U1^T*U1' + U2*U2'^T)").tries(200).seed(SEED)
                .assertViolated();
        assertEquals("linear:1,2,1", c.shrunk().model().name(), () -> c.shrunk().describe());
        assertEquals("momentum:tau=1/4", c.shrunk().flow().spec(), () -> c.shrunk().describe());
    }

    @ParameterizedTest(name = "{1} under {2} shrinks to {3}")
    @CsvSource(delimiter = ';', value = {
        "linear; momentum; U1^T*U1 - U2*U2^T; linear:1,1,1",
        "relu; momentum; norm2(U2, rows) - norm2(U1, cols)^T; relu:1,1,1",
        "nmf; gf; sum(U, cols)^T - sum(V, rows); nmf:1,1,1",
        "nmf; mirror-momentum; sum(U, cols)^T - sum(V, rows); nmf:1,1,1",
        "linear; gf; U1^T*U1 + U2*U2^T; linear:1,1,1",
        "linear; momentum:tau=1/2; skew(U1^T*U1' + U2*U2'^T); linear:1,2,1"})
    void falseLawIsFalsifiedWithAMinimalCounterexample(String kind, String flow, String law, String minimal)
            throws Exception {
        Counterexample<Trial> c = Laws.check(TrialGens.architectures(kind, 2, 2, 3), FlowSpec.parse(flow), law)
                .tries(200).seed(SEED).assertViolated();
        assertEquals(minimal, c.shrunk().model().name(), () -> c.shrunk().describe());
        assertTrue(c.failure() instanceof LawViolation, c.failure()::toString);
    }
}
