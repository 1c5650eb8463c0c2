package org.lawkeeper.core.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.law.LawParser;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelBuilder;
import org.lawkeeper.core.model.ModelSpec;
import org.lawkeeper.core.polynomial.Monomial;
import org.lawkeeper.core.polynomial.Polynomial;
import org.lawkeeper.core.verify.LawVerifier;
import org.lawkeeper.core.verify.Verification;

/**
 * Constants of the input built from the very primes the seed draws (issue 12, finding 1): τ, a weight decay, a
 * model's coefficient or a law's coefficient divisible by them must not change the answer, because the primes
 * are chosen after the input is read and never divide its constants.
 */
class AdversarialConstantsTest {

    /** The two primes the default seed draws for an input none of whose constants they divide. */
    private static List<Long> seedPrimes() throws Exception {
        return count("linear:2,2,2", "momentum:tau=1/2").primes();
    }

    /** p1·p2 for the primes of {@link #seedPrimes}: zero modulo both. */
    private static String product(List<Long> primes) {
        return BigInteger.valueOf(primes.get(0)).multiply(BigInteger.valueOf(primes.get(1))).toString();
    }

    @ParameterizedTest(name = "{0} under {1}=p1·p2: {2} laws")
    @CsvSource(delimiter = '|', value = {
        "linear:2,2,2   | momentum:tau | 1",
        "relu:2,3,2     | momentum:tau | 0",
        "linear:2,3,2,2 | momentum:tau | 4",
        "linear:2,2,2   | gf:wd        | 3",
    })
    void aConstantDivisibleByTheSeedsPrimesLeavesTheCountTrue(String model, String flowAndKey, int truth)
            throws Exception {
        List<Long> primes = seedPrimes();
        CountResult result = count(model, flowAndKey + "=" + product(primes));

        assertEquals(truth, result.count(), result.summary());
        assertTrue(result.primes().stream().noneMatch(primes::contains), result.summary());
    }

    @Test
    void aModelCoefficientDivisibleByTheSeedsPrimeLeavesTheCountTrue() throws Exception {
        long p = seedPrimes().get(0);
        // φ = p·u·v has one law (u² − v²), like uv
        ModelBuilder builder = Model.builder("p-uv");
        builder.block("u", 1, 1);
        builder.block("v", 1, 1);
        Model model = builder.output(Polynomial.term(new BigFraction(p), Monomial.of(0, 1))).build();

        CountResult result = LawCounter.count(model, FlowSpec.parse("gf"), CountOptions.defaults());

        assertEquals(1, result.count(), result.summary());
        assertFalse(result.primes().contains(p), result.summary());
    }

    @Test
    void aLawCoefficientDivisibleByTheSamplingPrimesDoesNotMakeALaw() throws Exception {
        String network = "net:2x4>attention(heads=2,dk=2)";
        Verification plain = verify(network, "gf", "Q1[1,1]");
        assertFalse(plain.conserved());
        List<Long> primes = plain.sampling().orElseThrow().primes();

        Verification scaled = verify(network, "gf", product(primes) + "*Q1[1,1]");

        assertFalse(scaled.conserved(), "a multiple of a non-law is no law");
        assertTrue(scaled.sampling().orElseThrow().primes().stream().noneMatch(primes::contains));
    }

    private static Verification verify(String model, String flow, String law) throws Exception {
        Model m = ModelSpec.parse(model).build(Limits.DEFAULT);
        Flow f = FlowSpec.parse(flow);
        return LawVerifier.verify(LawParser.parse(law, m, f), m, f, Limits.DEFAULT);
    }

    private static CountResult count(String model, String flow) throws Exception {
        return LawCounter.count(ModelSpec.parse(model).build(Limits.DEFAULT), FlowSpec.parse(flow),
                CountOptions.defaults());
    }
}
