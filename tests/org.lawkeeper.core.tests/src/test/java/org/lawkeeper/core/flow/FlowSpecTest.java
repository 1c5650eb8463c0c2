package org.lawkeeper.core.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.SpecException;
import org.lawkeeper.core.field.FlowFields;
import org.lawkeeper.core.model.ModelSpec;

class FlowSpecTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"gf,gf", "natural,natural", "mirror,mirror", "nesterov,nesterov", "momentum,momentum",
        "momentum:tau=0,momentum", "momentum:tau=1/2,momentum:tau=1/2", "momentum:tau=0.25,momentum:tau=1/4",
        "momentum:tau=2/4,momentum:tau=1/2", "mirror-momentum:tau=3,mirror-momentum:tau=3", "' gf ',gf"})
    void canonicalSpecs(String spec, String canonical) throws Exception {
        assertEquals(canonical, FlowSpec.parse(spec).spec());
    }

    @Test
    void tauIsExact() throws Exception {
        MomentumFlow flow = assertInstanceOf(MomentumFlow.class, FlowSpec.parse("momentum:tau=0.1"));
        assertEquals(new BigFraction(1, 10), flow.tau());
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', value = {
        "gf:wd=0.1               | gf:wd=1/10",
        "gf:wd=0                 | gf",
        "momentum:wd=1/2         | momentum:wd=1/2",
        "momentum:tau=1,wd=3     | momentum:tau=1,wd=3",
        "momentum:wd=3,tau=1     | momentum:tau=1,wd=3",
    })
    void weightDecayIsExactAndCanonical(String spec, String canonical) throws Exception {
        assertEquals(canonical, FlowSpec.parse(spec).spec());
    }

    @Test
    void weightDecayAddsTimeToGradientFlow() throws Exception {
        var model = ModelSpec.parse("linear:2,2,2").build(Limits.DEFAULT);
        Flow decayed = FlowSpec.parse("gf:wd=1/10");
        assertTrue(decayed.hasTime());
        assertFalse(decayed.hasMomentum());
        assertEquals(9, decayed.stateDimension(model));
        assertEquals(List.of("gf:wd=1/10", "momentum:tau=1,wd=1/2"),
                FlowSpec.parseList("gf:wd=1/10,momentum:tau=1,wd=1/2").stream().map(Flow::spec).toList());
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', value = {
        "''                      | empty flow spec",
        "adam                    | unknown flow 'adam'",
        "gf:tau=1                | unknown parameter 'tau=1' in flow 'gf:tau=1' (expected wd=X)",
        "gf:wd=-1/2              | weight decay wd must be ≥ 0",
        "gf:wd=1,wd=2            | wd is given twice",
        "nesterov:wd=1           | flow nesterov takes no parameters",
        "mirror-momentum:wd=1    | unknown parameter 'wd=1'",
        "momentum:tau=-1         | friction tau must be ≥ 0",
        "momentum:tau=-1/3       | friction tau must be ≥ 0",
        "momentum:tau=abc        | tau = 'abc' is not a number",
        "momentum:tau=1/0        | divides by zero",
        "momentum:beta=1         | unknown parameter 'beta=1'",
        "momentum:tau=1,tau=2    | tau is given twice",
        "momentum:tau=1e999999   | exponent out of range",
    })
    void malformedFlowsAreNamed(String spec, String message) {
        SpecException e = assertThrows(SpecException.class, () -> FlowSpec.parse(spec));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void momentumStateHasTimePositionsAndVelocities() throws Exception {
        var model = ModelSpec.parse("linear:2,2,2").build(Limits.DEFAULT);
        assertEquals(17, FlowSpec.parse("nesterov").stateDimension(model));
        assertEquals(8, FlowSpec.parse("mirror").stateDimension(model));
        assertEquals(17, FlowFields.of(model, FlowSpec.parse("momentum"), Limits.DEFAULT).stateDimension());
        // one drift plus one force field per component of φ
        assertEquals(5, FlowFields.polynomial(model, FlowSpec.parse("momentum:tau=1"), Limits.DEFAULT).generatorCount());
    }

    @Test
    void listsSplitAtFlowsAndKeepParametersTogether() throws Exception {
        assertEquals(List.of("gf", "momentum:tau=1/2", "mirror"),
                FlowSpec.parseList("gf, momentum:tau=1/2 ,mirror").stream().map(Flow::spec).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {",", "", "gf,,momentum", "gf,", " , "})
    void listsWithEmptyPiecesAreRefused(String list) {
        SpecException e = assertThrows(SpecException.class, () -> FlowSpec.parseList(list));
        assertTrue(e.getMessage().startsWith("empty flow in the list"), e.getMessage());
    }

    @Test
    void flowsAnswerTheirGeometry() throws Exception {
        assertEquals(Flow.Geometry.MIRROR, FlowSpec.parse("mirror-momentum:tau=1").geometry());
        assertEquals(Flow.Geometry.MIRROR, FlowSpec.parse("mirror").geometry());
        assertEquals(Flow.Geometry.NATURAL, FlowSpec.parse("natural").geometry());
        assertEquals(Flow.Geometry.EUCLIDEAN, FlowSpec.parse("nesterov").geometry());
        assertEquals(Flow.Geometry.EUCLIDEAN, FlowSpec.parse("momentum").geometry());
    }
}
