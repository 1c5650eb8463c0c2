package org.lawkeeper.core.field;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.jet.JetArithmetic_MODP;
import org.lawkeeper.core.linalg.PrimeField;
import org.lawkeeper.core.model.ModelSpec;

/**
 * The shortcuts of polynomial fields' evaluation against plainer paths: the level-1 value against the member
 * evaluated as a field, and the member's runs of linear terms at jet points against its generators term by term.
 */
class MemberValueTest {

    @ParameterizedTest(name = "{0} under {1}")
    @CsvSource(delimiter = ';', value = {"linear:3,4,2; gf", "linear:2,3,2,2; momentum:tau=1/2", "relu:3,4,2+bias; gf",
        "nmf:3,3,3; mirror", "icnn:2,2,2+bias; mirror-momentum", "product:4; nesterov"})
    void theShortcutIsTheMembersValue(String model, String flow) throws Exception {
        PolynomialGenerators fields = FlowFields.polynomial(ModelSpec.parse(model).build(Limits.DEFAULT),
                FlowSpec.parse(flow), Limits.DEFAULT);
        SplittableRandom random = new SplittableRandom(model.hashCode());
        JetArithmetic_MODP arithmetic = new JetArithmetic_MODP(PrimeField.random(random));
        long[] point = arithmetic.random(fields.stateDimension(), random);
        CompiledPolynomialGenerators<long[]> compiled = fields.compile(arithmetic, point);
        for (int sample = 0; sample < 5; sample++) {
            long[] weights = arithmetic.random(compiled.memberSize(), random);
            assertArrayEquals(compiled.member(weights).evaluate(point, 0), compiled.memberValue(weights, point));
        }
        long[] elsewhere = arithmetic.random(fields.stateDimension(), random);
        long[] weights = arithmetic.random(compiled.memberSize(), random);
        assertArrayEquals(compiled.member(weights).evaluate(elsewhere, 0), compiled.memberValue(weights, elsewhere),
                "a new point, new term values");
    }

    @ParameterizedTest(name = "{0} under {1}")
    @CsvSource(delimiter = ';', value = {"linear:3,4,2; gf", "linear:2,3,2,2; momentum:tau=1/2", "relu:3,4,2+bias; gf",
        "nmf:3,3,3; mirror", "icnn:2,2,2+bias; mirror-momentum", "product:4; nesterov", "linear:20,20,20; gf"})
    void aMemberAtJetPointsIsTheWeightedSumOfItsGenerators(String model, String flow) throws Exception {
        PolynomialGenerators fields = FlowFields.polynomial(ModelSpec.parse(model).build(Limits.DEFAULT),
                FlowSpec.parse(flow), Limits.DEFAULT);
        SplittableRandom random = new SplittableRandom(model.hashCode() + 1);
        JetArithmetic_MODP arithmetic = new JetArithmetic_MODP(PrimeField.random(random));
        int n = fields.stateDimension();
        CompiledPolynomialGenerators<long[]> compiled = fields.compile(arithmetic, arithmetic.random(n, random));
        for (int order = 0; order <= 3; order++) {
            long[] point = arithmetic.random(n << order, random);
            long[] weights = arithmetic.random(compiled.memberSize(), random);
            long[] expected = new long[n << order];
            for (int g = 0; g < compiled.generatorCount(); g++) {
                arithmetic.addScaled(weights, g, compiled.evaluateGenerator(g, point, order), 0, expected, 0,
                        n << order);
            }
            assertArrayEquals(expected, compiled.member(weights).evaluate(point, order), "order " + order);
        }
    }
}
