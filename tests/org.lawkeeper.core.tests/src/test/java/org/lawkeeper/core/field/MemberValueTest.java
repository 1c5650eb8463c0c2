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

/** The shortcut for level-1 brackets of polynomial fields against the member evaluated as a field. */
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
}
