package org.lawkeeper.core.count;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.lawkeeper.core.InconsistentResultException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelBuilder;
import org.lawkeeper.core.model.ModelSpec;
import org.lawkeeper.core.polynomial.Monomial;
import org.lawkeeper.core.polynomial.Polynomial;

/** When the two primes see different ranks the count fails loudly instead of picking one. */
class InconsistentPrimesTest {

    @Test
    void aCoefficientDivisibleByOnePrimeIsReportedNotHidden() throws Exception {
        long seed = 5;
        CountOptions options = CountOptions.defaults().withSeed(seed);
        // the primes depend only on the seed: read the first one off any count
        long p = LawCounter.count(ModelSpec.parse("product:2").build(Limits.DEFAULT), FlowSpec.parse("gf"), options)
                .primes().get(0);
        // φ = p·u·v vanishes mod p, so its field has rank 0 there but rank 1 mod the other prime
        ModelBuilder builder = Model.builder("p-uv");
        builder.block("u", 1, 1);
        builder.block("v", 1, 1);
        Model model = builder.output(Polynomial.term(new BigFraction(p), Monomial.of(0, 1))).build();

        InconsistentResultException e = assertThrows(InconsistentResultException.class,
                () -> LawCounter.count(model, FlowSpec.parse("gf"), options));
        assertTrue(e.getMessage().startsWith("exact ranks disagree: 0 mod " + p + " but 1 mod "), e.getMessage());
    }
}
