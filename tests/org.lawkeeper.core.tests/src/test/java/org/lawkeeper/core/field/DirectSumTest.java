package org.lawkeeper.core.field;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelSpec;
import org.lawkeeper.core.polynomial.Monomial;
import org.lawkeeper.core.polynomial.Polynomial;

/** The split of polynomial fields into independent blocks, read off their polynomials (docs/ALGORITHMS.md §3.7). */
class DirectSumTest {

    @Test
    void groupsAreTheVariablesThatFieldsLink() {
        // on x0..x5: χ0 = x3 ∂0, χ1 = x0² ∂3, χ2 = ∂5; x1, x2 and x4 untouched
        PolynomialGenerators fields = new PolynomialGenerators.Builder(6, 3)
                .add(0, 0, BigFraction.ONE, Monomial.of(3))
                .add(1, 3, BigFraction.ONE, Monomial.of(0, 0))
                .add(2, 5, BigFraction.TWO, Monomial.ONE)
                .build();

        DirectSum sum = DirectSum.of(fields);

        assertTrue(sum.splits());
        assertEquals(3, sum.untouched());
        assertEquals(2, sum.summands().size());
        DirectSum.Summand first = sum.summands().get(0);
        assertArrayEquals(new int[] {0, 3}, first.variables());
        // renumbered: x0 → 0, x3 → 1
        assertEquals(Polynomial.variable(1), first.fields().component(0, 0));
        assertEquals(Polynomial.term(BigFraction.ONE, Monomial.of(0, 0)), first.fields().component(1, 1));
        assertArrayEquals(new int[] {5}, sum.summands().get(1).variables());
        assertEquals(Polynomial.constant(2), sum.summands().get(1).fields().component(0, 0));
    }

    @Test
    void termsThatCancelLinkNothing() {
        // χ0 = (x1 − x1 + x0) ∂0 is x0 ∂0: x1 is not a variable it depends on; χ1 = (x2 − x2) ∂1 is zero
        PolynomialGenerators fields = new PolynomialGenerators.Builder(3, 2)
                .add(0, 0, BigFraction.ONE, Monomial.of(1))
                .add(0, 0, BigFraction.MINUS_ONE, Monomial.of(1))
                .add(0, 0, BigFraction.ONE, Monomial.of(0))
                .add(1, 1, BigFraction.ONE, Monomial.of(2))
                .add(1, 1, BigFraction.MINUS_ONE, Monomial.of(2))
                .build();

        DirectSum sum = DirectSum.of(fields);

        assertEquals(1, sum.summands().size());
        assertArrayEquals(new int[] {0}, sum.summands().get(0).variables());
        assertEquals(1, sum.summands().get(0).fields().generatorCount(), "the zero field belongs to no block");
        assertEquals(2, sum.untouched());
    }

    @Test
    void aDriftLinksEverything() throws Exception {
        Model pairs = ModelSpec.parse("relu:2,3,2").build(Limits.DEFAULT);
        DirectSum gradient = DirectSum.of(FlowFields.of(pairs, FlowSpec.parse("gf"), Limits.DEFAULT)).orElseThrow();
        DirectSum momentum = DirectSum.of(FlowFields.of(pairs, FlowSpec.parse("momentum"), Limits.DEFAULT))
                .orElseThrow();

        assertEquals(3, gradient.summands().size(), "one block per hidden neuron");
        assertFalse(momentum.splits());
        assertEquals(1, momentum.summands().size());
    }

    @Test
    void fieldsWithoutWrittenSupportsAreNotSplit() throws Exception {
        Model relu = ModelSpec.parse("relu:2,3,2").build(Limits.DEFAULT);
        assertTrue(DirectSum.of(FlowFields.of(relu, FlowSpec.parse("natural"), Limits.DEFAULT)).isEmpty());
        Model network = ModelSpec.parse("net:2>dense(3)>relu>dense(2)").build(Limits.DEFAULT);
        assertTrue(DirectSum.of(FlowFields.dataIndexed(network, FlowSpec.parse("gf"), Limits.DEFAULT)).isEmpty());
    }
}
