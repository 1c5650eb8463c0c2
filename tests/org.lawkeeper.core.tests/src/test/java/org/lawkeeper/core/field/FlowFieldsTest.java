package org.lawkeeper.core.field;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.model.ModelSpec;

/** Every kind of flow reaches its generating fields (FlowFields.of dispatches with instanceof, not a checked switch). */
class FlowFieldsTest {

    @ParameterizedTest(name = "{1} on {0}")
    @CsvSource(delimiter = '|', value = {
        "linear:2,2,2 | gf               | PolynomialGenerators",
        "linear:2,2,2 | gf:wd=1/3        | PolynomialGenerators",
        "linear:2,2,2 | natural          | NaturalGradientGenerators",
        "nmf:2,2,2    | mirror           | PolynomialGenerators",
        "linear:2,2,2 | momentum:tau=1/2 | PolynomialGenerators",
        "nmf:2,2,2    | mirror-momentum  | PolynomialGenerators",
        "linear:2,2,2 | nesterov         | PolynomialGenerators"})
    void everyFlowHasFields(String model, String flow, String kind) throws Exception {
        GeneratingFields fields = FlowFields.of(ModelSpec.parse(model).build(Limits.DEFAULT), FlowSpec.parse(flow),
                Limits.DEFAULT);
        assertEquals(kind, fields.getClass().getSimpleName());
    }
}
