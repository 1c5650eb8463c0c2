package org.lawkeeper.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lawkeeper.core.LimitExceededException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.SpecException;
import org.lawkeeper.core.polynomial.Monomial;

class ModelSpecTest {

    @Test
    void linearBlocksAreRowMajorLayerByLayer() throws Exception {
        Model model = ModelSpec.parse("linear:2,3,4").build(Limits.DEFAULT);
        assertEquals(6 + 12, model.parameterCount());
        assertEquals(List.of("U1", "U2"), model.blocks().stream().map(ParameterBlock::name).toList());
        assertEquals(1, model.block("U1").orElseThrow().coordinate(0, 1));
        assertEquals(6, model.block("U2").orElseThrow().coordinate(0, 0));
        assertEquals("U2[3,4]", model.coordinateName(17));
        // φ = U1 U2 is 2×4; φ_11 = Σ_k U1[1,k] U2[k,1]
        assertEquals(8, model.factorisation().size());
        assertEquals(3, model.factorisation().get(0).termCount());
        assertTrue(model.factorisation().get(0).terms().containsKey(Monomial.of(0, 6)));
    }

    @Test
    void reluPathLiftingWithBiasesLast() throws Exception {
        Model model = ModelSpec.parse("relu:2,3,2+bias").build(Limits.DEFAULT);
        assertEquals(List.of("U1", "U2", "b1"), model.blocks().stream().map(ParameterBlock::name).toList());
        assertEquals(6 + 6 + 3, model.parameterCount());
        // 12 input→output paths, then 2·3 bias paths u_ik b_k
        assertEquals(12 + 6, model.factorisation().size());
        assertEquals("b1[2]", model.coordinateName(13));
        assertTrue(model.factorisation().get(12).terms().containsKey(Monomial.of(0, 12)));
    }

    @Test
    void mirrorModelsDeclarePositiveBlocks() throws Exception {
        Model nmf = ModelSpec.parse("nmf:2,3,2").build(Limits.DEFAULT);
        assertTrue(nmf.blocks().stream().allMatch(ParameterBlock::positive));
        Model icnn = ModelSpec.parse("icnn:2,3,2+bias").build(Limits.DEFAULT);
        assertEquals(List.of(true, false, false), icnn.blocks().stream().map(ParameterBlock::positive).toList());
        assertEquals("product:3", ModelSpec.parse(" product: 3 ").build(Limits.DEFAULT).name());
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', value = {
        "''                     | empty model spec",
        "linear                 | needs the form KIND:…",
        "conv:2,2               | unknown model kind 'conv'",
        "linear:                | lists no widths",
        "linear:2,0,2           | width 0 in 'linear:2,0,2' must be at least 1",
        "linear:2,-1,2          | width -1 in 'linear:2,-1,2' must be at least 1",
        "linear:2,x,2           | width 'x' in 'linear:2,x,2' is not a whole number",
        "linear:2,,2            | width '' in 'linear:2,,2' is not a whole number",
        "linear:3               | needs at least two widths",
        "nmf:2,2                | a nmf model takes 3 widths, 'nmf:2,2' gives 2",
        "product:2,3            | a product model takes 1 width",
        "linear:2,2,2+bias      | '+bias' applies to relu and icnn models, not to linear",
        "relu:2,2+bias          | has no hidden layer to carry a bias",
        "linear:2,99999999999,2 | is too large",
    })
    void malformedSpecsAreNamed(String spec, String message) {
        SpecException e = assertThrows(SpecException.class, () -> ModelSpec.parse(spec).build(Limits.DEFAULT));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void oversizedModelsAreRefusedBeforeExpansion() {
        LimitExceededException tooWide = assertThrows(LimitExceededException.class,
                () -> ModelSpec.parse("linear:100000,100000").build(Limits.DEFAULT));
        assertTrue(tooWide.getMessage().contains("above the limit 4000"), tooWide.getMessage());
        LimitExceededException tooManyPaths = assertThrows(LimitExceededException.class,
                () -> ModelSpec.parse("relu:30,30,30,30,30").build(Limits.DEFAULT));
        assertTrue(tooManyPaths.getMessage().contains("polynomial terms"), tooManyPaths.getMessage());
        assertThrows(LimitExceededException.class,
                () -> ModelSpec.parse("linear:3,3,3").build(Limits.DEFAULT.withMaxStateDimension(10)));
    }

    /** The size read from the spec is the size of the model built: the IDE decides by it what goes to the background. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"linear:2,3,2", "linear:7,1,4,2", "relu:3,4,2+bias", "relu:2,5,3",
        "nmf:2,3,4", "icnn:3,2,2+bias", "product:5", "net:4x3>dense(5)>relu>dense(2)",
        "net:3x4>attention(heads=2,dk=2)>residual(dense(4)>gelu>dense(4))>rmsnorm"})
    void theParameterCountIsReadFromTheSizesAlone(String spec) throws Exception {
        ModelSpec parsed = ModelSpec.parse(spec);
        assertEquals(parsed.build(Limits.DEFAULT).parameterCount(), parsed.parameterCount(), spec);
    }
}
