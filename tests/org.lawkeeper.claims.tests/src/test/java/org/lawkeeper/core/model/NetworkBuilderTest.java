// TEMPORARY, with the copies of NetworkBuilder and LayerChain beside it: this test moves to
// tests/org.lawkeeper.core.tests when the core has the builder.
package org.lawkeeper.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.SpecException;
import org.lawkeeper.core.model.LayerChain.Gate;
import org.lawkeeper.core.model.net.Layer;

/** Networks written in Java are the networks of their specs: same text, blocks and factorisation, same errors. */
class NetworkBuilderTest {

    @Test
    void theBuilderMakesTheModelOfItsSpec() throws Exception {
        Model built = NetworkBuilder.input(4).dense(3).relu().dense(2).build();
        Model parsed = ModelSpec.parse("net:4>dense(3)>relu>dense(2)").build(Limits.DEFAULT);
        assertEquals(parsed.name(), built.name());
        assertEquals(parsed.blocks(), built.blocks());
        assertEquals(parsed.factorisation(), built.factorisation());
        assertEquals(parsed.spec().orElseThrow().text(), built.spec().orElseThrow().text());
    }

    @Test
    void everyLayerWritesItsPlaceInTheSpec() throws Exception {
        NetworkBuilder network = NetworkBuilder.input(2, 4).attention(2, 2).linearAttention(1, 1).rotaryAttention(1, 2)
                .layer(new Layer.Attention(1, 2, 3, false, false, 0))
                .residual(body -> body.dense(4).gelu().denseWithBias(4)).layernorm().rmsnorm()
                .moe(2, Gate.SOFTMAX, expert -> expert.swiglu(2).dense(4))
                .moe(2, Gate.NORMALISED_SIGMOID, expert -> expert.glu(2).dense(4))
                .relu().pow(3).silu().tanh().sigmoid().conv1d(2, 3).softmax();
        String text = "net:2x4>attention(heads=2,dk=2)>attention(heads=1,dk=1,linear)>attention(heads=1,dk=2,rope)"
                + ">attention(heads=1,dk=2,dv=3)>residual(dense(4)>gelu>dense(4,bias))>layernorm>rmsnorm"
                + ">moe(experts=2,gate=softmax,swiglu(2)>dense(4))>moe(experts=2,gate=nsigmoid,glu(2)>dense(4))"
                + ">relu>pow(3)>silu>tanh>sigmoid>conv1d(channels=2,kernel=3)>softmax";
        assertEquals(text, network.spec().text());
        assertEquals(ModelSpec.parse(text).build(Limits.DEFAULT).blocks(), network.build().blocks());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "residual | column 16 of 'net:3>dense(2)>residual(dense(3))': residual(…) maps 1×2 to 1×3, but x + F(x) needs F "
                + "to keep the shape; end the block with a layer of width 2",
        "width    | column 13 of 'net:4>dense(0)': the width of dense(n) must be at least 1, not 0",
        "rope     | column 9 of 'net:2x4>attention(heads=1,dk=3,rope)': rope rotates pairs of key columns, so dk must "
                + "be even, not 3",
        "empty    | column 7 of 'net:4>': the spec ends where a layer is expected"})
    void problemsAreReportedAsTheSpecWouldReportThem(String problem, String message) {
        NetworkBuilder network = switch (problem) {
            case "residual" -> NetworkBuilder.input(3).dense(2).residual(body -> body.dense(3));
            case "width" -> NetworkBuilder.input(4).dense(0);
            case "rope" -> NetworkBuilder.input(2, 4).rotaryAttention(1, 3);
            default -> NetworkBuilder.input(4);
        };
        assertEquals(message, assertThrows(SpecException.class, network::build).getMessage());
    }
}
