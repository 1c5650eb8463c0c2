package org.lawkeeper.core.count;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.model.ModelSpec;

/**
 * Shapes where the known-law formulas do not apply (over-parameterised, scalar, degenerate): the
 * general algorithm must still give the true count, checked here by independent reasoning.
 */
class GeneralShapesTest {

    @ParameterizedTest(name = "{0} under {1}: {2}")
    @CsvSource(delimiter = ';', value = {
        // scalar output: one field, D − 1 laws, whatever r(r+1)/2 would say
        "linear:1,3,1; gf; 5",
        // a 1-layer model: φ = U, the fields span everything
        "linear:2,3; gf; 0",
        "linear:2,3; momentum; 0",
        // φ = x1 ⋯ x5: one field again
        "product:5; gf; 4",
        // natural gradient spans the Euclidean distribution, even where ∂φ has deficient rank
        "linear:2,1,2; natural; 1",
        "linear:2,1,2; gf; 1",
        // mirror flow on a model without positive blocks acts on every entry: φ = uv gives u·v law ln u − ln v
        "product:2; mirror; 1",
    })
    void countsBeyondTheFormulas(String model, String flow, int expected) throws Exception {
        for (boolean exact : new boolean[] {true, false}) {
            CountResult result = LawCounter.count(ModelSpec.parse(model).build(Limits.DEFAULT), FlowSpec.parse(flow),
                    CountOptions.defaults().withExact(exact));
            assertEquals(expected, result.count(), result.summary());
        }
    }

    @ParameterizedTest(name = "natural = gf for {0}")
    @ValueSource(strings = {"linear:2,2,2", "linear:2,3,2,2", "relu:2,3,2+bias", "relu:2,2,3,2", "nmf:3,3,3",
        "icnn:2,2,2+bias", "product:3"})
    void naturalGradientHasTheEuclideanCount(String model) throws Exception {
        var parsed = ModelSpec.parse(model).build(Limits.DEFAULT);
        for (boolean exact : new boolean[] {true, false}) {
            CountOptions options = CountOptions.defaults().withExact(exact);
            assertEquals(LawCounter.count(parsed, FlowSpec.parse("gf"), options).count(),
                    LawCounter.count(parsed, FlowSpec.parse("natural"), options).count());
        }
    }

    @org.junit.jupiter.api.Test
    void sameSeedSameRunAlthoughPrimesRunInParallel() throws Exception {
        var model = ModelSpec.parse("linear:3,3,3").build(Limits.DEFAULT);
        var flow = FlowSpec.parse("momentum:tau=1/3");
        CountResult first = LawCounter.count(model, flow, CountOptions.defaults().withSeed(42));
        CountResult second = LawCounter.count(model, flow, CountOptions.defaults().withSeed(42));
        assertEquals(first.primes(), second.primes());
        assertEquals(first.brackets(), second.brackets());
        assertEquals(first.fieldsEvaluated(), second.fieldsEvaluated());
        assertEquals(first.depth(), second.depth());
        assertEquals(first.rank(), second.rank());
    }

    @ParameterizedTest(name = "seed {0}")
    @CsvSource({"1", "2", "3", "99", "123456789"})
    void seedsChangePrimesButNotCounts(long seed) throws Exception {
        CountResult result = LawCounter.count(ModelSpec.parse("linear:2,3,2,2").build(Limits.DEFAULT),
                FlowSpec.parse("momentum:tau=2"), CountOptions.defaults().withSeed(seed));
        assertEquals(4, result.count());
        assertEquals(seed, result.seed());
    }
}
