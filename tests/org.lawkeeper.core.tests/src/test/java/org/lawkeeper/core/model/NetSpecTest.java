package org.lawkeeper.core.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lawkeeper.core.LimitExceededException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.SpecException;
import org.lawkeeper.core.model.net.Block;
import org.lawkeeper.core.model.net.Layer;
import org.lawkeeper.core.model.net.PlacedLayer;

/** The layer language: every spelling of issue 9's table, canonical text, errors by column, sizes, block names. */
class NetSpecTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "net:4>dense(3)>relu>dense(2)", "net:4>dense(3)>dense(2)", "net:4>dense(3,bias)>relu>dense(2)",
        "net:3>dense(2)>pow(3)>dense(1)", "net:4>dense(3)>gelu>dense(2)", "net:4>dense(3)>silu>dense(2)",
        "net:4>dense(3)>tanh>dense(2)", "net:4>dense(3)>sigmoid>dense(2)", "net:3>glu(2)>dense(1)",
        "net:3>swiglu(2)>dense(1)", "net:2x4>attention(heads=2,dk=2)", "net:2x2>attention(heads=1,dk=1,linear)",
        "net:4x4>attention(heads=1,dk=2,rope)", "net:4>residual(dense(4)>relu>dense(4))", "net:4>layernorm>dense(2)",
        "net:4>dense(4)>rmsnorm>dense(2)", "net:3>moe(experts=2,gate=softmax,swiglu(2)>dense(3))",
        "net:3>moe(experts=2,gate=nsigmoid,swiglu(2)>dense(3))",
        "net:1x6>conv1d(channels=2,kernel=3)>relu>conv1d(channels=1,kernel=2)", "net:4>dense(3)>softmax",
    })
    void everySpellingOfTheIssueParsesAndItsCanonicalTextParsesBack(String text) throws Exception {
        ModelSpec spec = ModelSpec.parse(text);
        assertEquals(spec, ModelSpec.parse(spec.text()));
        Model model = spec.build(Limits.DEFAULT);
        assertTrue(model.network().isPresent());
        assertEquals(spec.text(), model.name());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "net:2x2>attention(heads=1,dk=1,dv=1,linear)   | net:2x2>attention(heads=1,dk=1,linear)",
        "net: 1x4 > dense( 3 , bias ) > relu           | net:4>dense(3,bias)>relu",
        "net:3>moe(gate=nsigmoid,dense(3),experts=2)   | net:3>moe(experts=2,gate=nsigmoid,dense(3))",
        "net:3>moe(experts=2,dense(3))                 | net:3>moe(experts=2,gate=softmax,dense(3))",
        "net:2x4>attention(rope,dk=2)                  | net:2x4>attention(heads=1,dk=2,rope)",
    })
    void theCanonicalTextIsShortAndOrdered(String text, String canonical) throws Exception {
        assertEquals(canonical, ModelSpec.parse(text).text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "net:4>dense(3)>relux                         | column 16 of 'net:4>dense(3)>relux': unknown layer 'relux'",
        "net:4>residual(dense(4)>relu>dense(3))       | column 7 of 'net:4>residual(dense(4)>relu>dense(3))': residual(…) maps 1×4 to 1×3, but x + F(x) needs F to keep the shape; end the block with a layer of width 4",
        "net:4x4>attention(heads=1,dk=3,rope)         | column 9 of 'net:4x4>attention(heads=1,dk=3,rope)': rope rotates pairs of key columns, so dk must be even, not 3",
        "net:2>conv1d(channels=1,kernel=3)            | column 7 of 'net:2>conv1d(channels=1,kernel=3)': conv1d with kernel 3 needs a length of at least 3, but receives 2",
        "net:2>layernorm                              | layernorm over 2 features is constant up to its sign; it needs at least 3",
        "net:1>rmsnorm                                | rmsnorm over 1 feature is constant up to its sign; it needs at least 2",
        "net:3>dense(2)>pow(1)                        | column 16 of 'net:3>dense(2)>pow(1)': pow(p) needs a whole p ≥ 2, got 1",
        "net:4>attention(heads=2)                     | attention(…) needs the key width dk",
        "net:4>attention(dk=2,dk=3)                   | column 22 of 'net:4>attention(dk=2,dk=3)': dk is given twice",
        "net:4>attention(dk=2,causal)                 | unknown option 'causal' of attention",
        "net:4>dense(3                                | expected ')' to close dense( at column 7, found the end",
        "net:4>dense(3))                              | column 15 of 'net:4>dense(3))': unmatched ')'",
        "net:4>dense(0)                               | the width of dense(n) must be at least 1, not 0",
        "net:4>dense(99999999)                        | too large",
        "net:4>dense(3,biased)                        | dense(n, …) takes only the flag 'bias', found 'biased'",
        "net:4>relu(2)                                | relu takes no arguments",
        "net:4                                        | the spec has no layer",
        "net:>dense(2)                                | expected a whole number for the input width",
        "net:4>moe(gate=softmax,dense(2))             | moe(…) needs the number of experts",
        "net:4>moe(experts=2,gate=max,dense(2))       | gate must be softmax or nsigmoid, not 'max'",
        "net:4>moe(experts=2,dense(2),relu)           | moe(…) takes one chain of expert layers",
        "net:4>residual()                             | expected a layer, found ')'",
        "net:4 dense(2)                               | expected '>' or 'x' after the input at column 5, found 'd'",
    })
    void errorsNameTheColumnAndTheProblem(String text, String message) {
        SpecException e = assertThrows(SpecException.class, () -> ModelSpec.parse(text));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void theJavaBuilderSpeaksTheSameLanguage() throws Exception {
        Model built = Model.network(2, 4).layerNorm().attention(2, 2)
                .residual(f -> f.rmsNorm().swiglu(8).dense(4))
                .experts(2, true, e -> e.denseWithBias(3).relu().dense(4)).conv1d(3, 2).softmax().build();
        String text = "net:2x4>layernorm>attention(heads=2,dk=2)>residual(rmsnorm>swiglu(8)>dense(4))"
                + ">moe(experts=2,gate=nsigmoid,dense(3,bias)>relu>dense(4))>conv1d(channels=3,kernel=2)>softmax";
        assertEquals(text, built.name());
        assertEquals(ModelSpec.parse(text).build(Limits.DEFAULT).blocks(), built.blocks());
        assertEquals(ModelSpec.parse("net:3>dense(2)>pow(3)>gelu>silu>tanh>sigmoid>glu(2)>dense(1)").text(),
                Model.network(3).dense(2).pow(3).gelu().silu().tanh().sigmoid().glu(2).dense(1).spec().text());
        assertEquals("net:2x4>attention(heads=1,dk=2,dv=3,linear,rope)",
                Model.network(2, 4).attention(1, 2, 3, true, true).spec().text());
    }

    @Test
    void theJavaBuilderChecksWhatTheParserChecks() {
        assertTrue(assertThrows(SpecException.class, () -> Model.network(4).residual(f -> f.dense(3)).build())
                .getMessage().contains("residual(…) maps 1×4 to 1×3"));
        assertTrue(assertThrows(SpecException.class, () -> Model.network(3).dense(0).build())
                .getMessage().contains("dense(0) needs sizes between 1 and"));
        assertTrue(assertThrows(SpecException.class, () -> Model.network(3).dense(2).pow(1).build())
                .getMessage().contains("pow(p) needs a whole p between 2 and 16, not 1"));
        assertTrue(assertThrows(SpecException.class, () -> Model.network(0, 3).dense(2).build())
                .getMessage().contains("the input 0×3 needs sizes between 1 and"));
        assertTrue(assertThrows(SpecException.class, () -> Model.network(3).build())
                .getMessage().contains("a network needs at least one layer"));
        assertTrue(assertThrows(SpecException.class, () -> Model.network(2, 3).attention(1, 3, 3, false, true).build())
                .getMessage().contains("dk must be even"));
        // like ModelBuilder, build() leaves the size limits to the analysis; build(limits) checks them at once
        assertThrows(LimitExceededException.class, () -> Model.network(512, 4096).attention(64, 128).build(Limits.DEFAULT));
    }

    @Test
    void blocksAreNamedByKindInTheOrderOfTheText() throws Exception {
        Model model = ModelSpec.parse("net:2x4>attention(heads=2,dk=2,dv=1)>residual(dense(3,bias)>relu>dense(4))"
                + ">moe(experts=2,glu(2)>dense(4))>conv1d(channels=3,kernel=2)").build(Limits.DEFAULT);
        assertEquals(List.of("Q1", "K1", "V1", "O1", "Q2", "K2", "V2", "O2", "W1", "b1", "W2", "G1", "E1_B1",
                "E1_C1", "E1_W1", "E2_B1", "E2_C1", "E2_W1", "F1"), model.blocks().stream().map(ParameterBlock::name).toList());
        assertEquals("4×2", shape(model, "Q1"));
        assertEquals("4×1", shape(model, "V2"));
        assertEquals("1×4", shape(model, "O2"));
        assertEquals("3×4", shape(model, "W1"));
        assertEquals("3×1", shape(model, "b1"));
        assertEquals("2×4", shape(model, "G1"));
        assertEquals("4×2", shape(model, "E2_W1"));
        // conv1d: rows of its input are channels (2 tokens), taps contiguous per input channel
        assertEquals("3×4", shape(model, "F1"));
        assertEquals(model.parameterCount(), model.blocks().stream().mapToInt(ParameterBlock::size).sum());
    }

    @Test
    void theStructureNestsResidualBodiesAndExperts() throws Exception {
        Model model = ModelSpec.parse("net:3>residual(dense(2)>relu>dense(3))>moe(experts=2,dense(3))")
                .build(Limits.DEFAULT);
        List<PlacedLayer> structure = model.network().orElseThrow().structure();
        assertEquals(2, structure.size());
        assertTrue(structure.get(0).blocks().isEmpty());
        assertEquals(List.of("W1", "W2"), names(structure.get(0).chains().get(0).get(0).blocks(),
                structure.get(0).chains().get(0).get(2).blocks()));
        assertEquals(List.of("G1"), structure.get(1).blocks().stream().map(Block::name).toList());
        assertEquals(2, structure.get(1).chains().size());
        assertEquals("E2_W1", structure.get(1).chains().get(1).get(0).blocks().get(0).name());
        assertTrue(structure.get(1).layer() instanceof Layer.Experts);
    }

    @Test
    void freeSizesShrinkAndTiedWidthsFollow() throws Exception {
        ModelSpec spec = ModelSpec.parse("net:2x4>attention(heads=2,dk=2)>residual(dense(6)>relu>dense(4))");
        // T, N, heads, dk, dv, the body's first width; its last width is tied to N
        assertArrayEquals(new int[] {2, 4, 2, 2, 2, 6}, spec.sizes());
        assertArrayEquals(new int[] {1, 1, 1, 1, 1, 1}, spec.minimumSizes());
        assertEquals("net:3>attention(heads=1,dk=1)>residual(dense(2)>relu>dense(3))",
                spec.resized(new int[] {1, 3, 1, 1, 1, 2}).text());
        assertArrayEquals(new int[] {1, 1, 1, 2, 1}, ModelSpec.parse("net:4x4>attention(heads=1,dk=2,rope)")
                .minimumSizes());
        SpecException odd = assertThrows(SpecException.class,
                () -> ModelSpec.parse("net:4x4>attention(heads=1,dk=2,rope)").resized(new int[] {4, 4, 1, 3, 2}));
        assertTrue(odd.getMessage().contains("dk must be even"), odd.getMessage());
        assertThrows(SpecException.class, () -> spec.resized(new int[] {1, 2}));
        // widths a normalisation receives keep the least size it accepts
        assertArrayEquals(new int[] {1, 3, 2, 1}, ModelSpec.parse("net:4>layernorm>dense(4)>rmsnorm>dense(2)")
                .minimumSizes());
    }

    @Test
    void polynomialNetworksHaveAFactorisationAndTheOthersDoNot() throws Exception {
        assertTrue(ModelSpec.parse("net:2x2>attention(heads=1,dk=1,linear)").build(Limits.DEFAULT).hasFactorisation());
        assertTrue(ModelSpec.parse("net:3>glu(2)>dense(1)").build(Limits.DEFAULT).hasFactorisation());
        assertFalse(ModelSpec.parse("net:3>swiglu(2)>dense(1)").build(Limits.DEFAULT).hasFactorisation());
        assertFalse(ModelSpec.parse("net:4x4>attention(heads=1,dk=2,rope,linear)").build(Limits.DEFAULT)
                .hasFactorisation());
        // the same model as relu:2,3,4: the path lifting, up to the order of φ
        Model net = ModelSpec.parse("net:4>dense(3)>relu>dense(2)").build(Limits.DEFAULT);
        assertEquals(ModelSpec.parse("relu:2,3,4").build(Limits.DEFAULT).factorisation().size(),
                net.factorisation().size());
    }

    @Test
    void oversizedNetworksAreRefusedBeforeAnythingIsBuilt() throws Exception {
        ModelSpec huge = ModelSpec.parse("net:512x4096>attention(heads=64,dk=128)");
        LimitExceededException e = assertThrows(LimitExceededException.class, () -> huge.build(Limits.DEFAULT));
        assertTrue(e.getMessage().contains("has state dimension 134217728, above the limit"), e.getMessage());
        // few parameters, but a million tokens: the forward pass alone is out of reach
        ModelSpec longContext = ModelSpec.parse("net:1000000x2>attention(heads=1,dk=1)");
        e = assertThrows(LimitExceededException.class, () -> longContext.build(Limits.DEFAULT));
        assertTrue(e.getMessage().startsWith("one forward pass of net:1000000x2>attention(heads=1,dk=1) takes about "),
                e.getMessage());
    }

    @Test
    void reluIsLiftedOnlyWhereEverythingAfterItIsMultilinear() throws Exception {
        assertTrue(network("net:4>dense(3)>relu>dense(2)>relu>dense(1)").reluObstruction().isEmpty());
        assertTrue(network("net:2x3>attention(heads=1,dk=1)>residual(dense(3)>relu>dense(3))").reluObstruction()
                .isEmpty());
        assertTrue(network("net:3>moe(experts=2,dense(2)>relu>dense(3))").reluObstruction().isEmpty());
        assertEquals("the relu at column 18 feeds attention(heads=1,dk=1) at column 23 of "
                + "'net:2x3>dense(3)>relu>attention(heads=1,dk=1)': Lawkeeper lifts a relu to all its activation "
                + "patterns only when every later layer is dense, relu, conv1d or a residual block of those",
                network("net:2x3>dense(3)>relu>attention(heads=1,dk=1)").reluObstruction().orElseThrow());
    }

    private static org.lawkeeper.core.model.net.Network network(String spec) throws Exception {
        return ModelSpec.parse(spec).build(Limits.DEFAULT).network().orElseThrow();
    }

    private static String shape(Model model, String block) {
        ParameterBlock b = model.block(block).orElseThrow();
        return b.rows() + "×" + b.columns();
    }

    private static List<String> names(List<Block> first, List<Block> second) {
        return List.of(first.get(0).name(), second.get(0).name());
    }
}
