package org.lawkeeper.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.lawkeeper.core.SpecException;
import org.lawkeeper.core.count.CountOptions;
import org.lawkeeper.core.count.LawCounter;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.polynomial.Polynomial;
import org.lawkeeper.core.polynomial.PolynomialMatrix;

/** Models defined through the public Java API count like the built-ins. */
class UserDefinedModelTest {

    @Test
    void uvFromAMatrixExpression() throws Exception {
        ModelBuilder builder = Model.builder("uv");
        PolynomialMatrix u = builder.block("u", 1, 1);
        PolynomialMatrix v = builder.block("v", 1, 1);
        Model uv = builder.output(u.times(v)).build();

        assertEquals(1, count(uv, "gf"));
        assertEquals(0, count(uv, "momentum"));
        assertEquals(0, count(uv, "momentum:tau=1"));
        assertEquals(1, count(uv, "natural"));
    }

    @Test
    void tripleProductFromExplicitPolynomials() throws Exception {
        ModelBuilder builder = Model.builder("x1x2x3");
        PolynomialMatrix x = builder.block("x", 3, 1);
        Polynomial product = x.entry(0, 0).times(x.entry(1, 0)).times(x.entry(2, 0));
        Model model = builder.output(product).build();

        assertEquals(2, count(model, "gf"));
    }

    @Test
    void expressionsWithSumsHadamardTransposeAndPositiveBlocks() throws Exception {
        // φ = U ⊙ V + (W Wᵀ)/2 with U, V positive: same counts as the equivalent explicit model
        ModelBuilder builder = Model.builder("mixed");
        PolynomialMatrix u = builder.positiveBlock("U", 2, 2);
        PolynomialMatrix v = builder.positiveBlock("V", 2, 2);
        PolynomialMatrix w = builder.block("W", 2, 1);
        Model model = builder.output(u.hadamard(v).plus(w.times(w.transpose()).scale(new BigFraction(1, 2)))).build();
        assertEquals(10, model.parameterCount());
        assertTrue(model.isPositive(0) && !model.isPositive(8));
        // four entries: each u_ij v_ij plus a quadratic form in w; gf counts are the same exactly and in float
        CountOptions exact = CountOptions.defaults();
        assertEquals(LawCounter.count(model, FlowSpec.parse("gf"), exact).count(),
                LawCounter.count(model, FlowSpec.parse("gf"), exact.withExact(false)).count());
    }

    @Test
    void builderErrorsNameTheProblem() {
        assertTrue(assertThrows(SpecException.class, () -> Model.builder("empty").build()).getMessage()
                .contains("declares no parameter block"));
        ModelBuilder noOutput = Model.builder("quiet");
        noOutput.block("a", 1, 1);
        assertTrue(assertThrows(SpecException.class, noOutput::build).getMessage().contains("has no output"));
        ModelBuilder stray = Model.builder("stray");
        stray.block("a", 1, 1);
        stray.output(Polynomial.variable(5));
        assertTrue(assertThrows(SpecException.class, stray::build).getMessage().contains("uses variable x5"));
        ModelBuilder shapes = Model.builder("shapes");
        PolynomialMatrix a = shapes.block("A", 2, 3);
        PolynomialMatrix b = shapes.block("B", 2, 3);
        assertEquals("cannot multiply 2×3 by 2×3",
                assertThrows(IllegalArgumentException.class, () -> a.times(b)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> shapes.block("A", 1, 1));
        assertThrows(IllegalArgumentException.class, () -> shapes.block("2x", 1, 1));
        assertThrows(IllegalArgumentException.class, () -> shapes.block("C", 0, 1));
    }

    private static int count(Model model, String flow) throws Exception {
        int exact = LawCounter.count(model, FlowSpec.parse(flow), CountOptions.defaults()).count();
        int floating = LawCounter.count(model, FlowSpec.parse(flow), CountOptions.defaults().withExact(false)).count();
        assertEquals(exact, floating, "exact and floating-point counts differ for " + model.name() + " " + flow);
        return exact;
    }
}
