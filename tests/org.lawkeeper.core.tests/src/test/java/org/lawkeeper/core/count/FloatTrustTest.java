package org.lawkeeper.core.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.UntrustworthyResultException;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.model.ModelSpec;

/**
 * Floating point prints a count only when it can be trusted (issue 12, finding 3): where it used to print a
 * wrong number it refuses with the advice to count exactly, and whatever it prints equals the exact count.
 */
class FloatTrustTest {

    @ParameterizedTest(name = "{0} under {1} at tolerance {2}")
    @CsvSource(delimiter = '|', value = {
        "linear:2,3,1   | momentum:tau=100 | 1e-9",
        "linear:2,7,1   | momentum:tau=100 | 1e-9",
        "linear:2,3,2,2 | gf               | 0.5",
    })
    void aRankThatUsedToBeWrongIsRefused(String model, String flow, double tolerance) throws Exception {
        UntrustworthyResultException e = assertThrows(UntrustworthyResultException.class,
                () -> count(model, flow, CountOptions.defaults().withExact(false).withTolerance(tolerance)));
        assertTrue(e.getMessage().startsWith("floating point cannot decide the rank of " + model + " under "),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("; count exactly instead (without --float)"), e.getMessage());
    }

    @ParameterizedTest(name = "{0} under {1}, seed {2}")
    @CsvSource(delimiter = '|', value = {
        "nmf:1,4,1      | mirror-momentum  | 20240512",
        "nmf:1,4,1      | mirror-momentum  | 7",
        "linear:2,2,2   | nesterov         | 7",
        "linear:2,3,1   | nesterov         | 7",
        "linear:1,5,1   | nesterov         | 7",
        "linear:2,3,2   | nesterov         | 7",
        "relu:2,3,2     | nesterov         | 7",
        "linear:2,3,2,2 | nesterov         | 7",
        "linear:1,5,1   | momentum:tau=100 | 7",
    })
    void aPrintedRankIsTheExactOne(String model, String flow, long seed) throws Exception {
        CountOptions options = CountOptions.defaults().withSeed(seed);
        int exact = count(model, flow, options).count();
        try {
            CountResult floating = count(model, flow, options.withExact(false));
            assertEquals(exact, floating.count(), floating.summary());
            assertTrue(floating.summary().contains("same rank at tolerances 1e-10, 1e-09, 1e-08 and seeds " + seed
                    + ", " + (seed + 1)), floating.summary());
        } catch (UntrustworthyResultException refused) {
            // refusing is allowed; printing a wrong number is not
        }
    }

    private static CountResult count(String model, String flow, CountOptions options) throws Exception {
        return LawCounter.count(ModelSpec.parse(model).build(Limits.DEFAULT), FlowSpec.parse(flow), options);
    }
}
