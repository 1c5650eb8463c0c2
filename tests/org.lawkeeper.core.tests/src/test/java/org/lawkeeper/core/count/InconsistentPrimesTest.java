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
    void aCoincidenceModuloOnePrimeIsReportedNotHidden() throws Exception {
        long seed = 5;
        CountOptions options = CountOptions.defaults().withSeed(seed);
        // the primes depend only on the seed (and on which primes divide the input's constants, none here)
        long p = LawCounter.count(ModelSpec.parse("product:2").build(Limits.DEFAULT), FlowSpec.parse("gf"), options)
                .primes().get(0);
        // φ = (u² + v², u² + (1+p)v²): no coefficient is divisible by p, but the Jacobian's determinant 4uv·p is,
        // so the rank is 1 mod p and 2 mod the other prime
        ModelBuilder builder = Model.builder("p-coincidence");
        builder.block("u", 1, 1);
        builder.block("v", 1, 1);
        Polynomial u2 = Polynomial.term(BigFraction.ONE, Monomial.of(0, 0));
        Polynomial v2 = Polynomial.term(BigFraction.ONE, Monomial.of(1, 1));
        Polynomial shifted = Polynomial.term(new BigFraction(p + 1), Monomial.of(1, 1));
        Model model = builder.output(u2.plus(v2), u2.plus(shifted)).build();

        InconsistentResultException e = assertThrows(InconsistentResultException.class,
                () -> LawCounter.count(model, FlowSpec.parse("gf"), options));
        assertTrue(e.getMessage().startsWith("exact ranks disagree: 1 mod " + p + " but 2 mod "), e.getMessage());
    }
}
