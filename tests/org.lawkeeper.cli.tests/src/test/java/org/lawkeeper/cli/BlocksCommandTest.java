package org.lawkeeper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code blocks MODEL}: the names laws are written with, their shapes, and a network's layers. */
class BlocksCommandTest {

    @Test
    void expertsAreIndentedUnderTheirMixtureAndNumberedAsTheirPrefixes() {
        CliRunner r = CliRunner.run("blocks", "net:3>moe(experts=2,gate=softmax,swiglu(2)>dense(3))");
        assertEquals(0, r.code(), r.err());
        assertEquals("""
                net:3>moe(experts=2,gate=softmax,swiglu(2)>dense(3)): 7 blocks, D = 42; input 1×3, output 1×3 (tokens × features)

                block  shape  entries  column  layer
                ────────────────────────────────────────────────────────────
                G1       2×3        6       7  moe(experts=2,gate=softmax,…)
                                                 expert E1
                E1_B1    2×3        6      34      swiglu(2)
                E1_C1    2×3        6
                E1_W1    3×2        6      44      dense(3)
                                                 expert E2
                E2_B1    2×3        6      34      swiglu(2)
                E2_C1    2×3        6
                E2_W1    3×2        6      44      dense(3)
                """, r.out());
    }

    @Test
    void layersWithoutParametersAndResidualBodiesKeepTheirPlace() {
        CliRunner r = CliRunner.run("blocks", "net:4>residual(dense(4)>relu>dense(4))>layernorm>dense(2,bias)");
        assertEquals(0, r.code(), r.err());
        assertEquals("""
                net:4>residual(dense(4)>relu>dense(4))>layernorm>dense(2,bias): 4 blocks, D = 42; input 1×4, output 1×2 (tokens × features)

                block  shape  entries  column  layer
                ────────────────────────────────────────────
                                            7  residual(…)
                W1       4×4       16      16    dense(4)
                                           25    relu
                W2       4×4       16      30    dense(4)
                                           40  layernorm
                W3       2×4        8      50  dense(2,bias)
                b3       2×1        2
                """, r.out());
    }

    @Test
    void attentionHeadsAreNumberedAcrossTheNetwork() {
        CliRunner r = CliRunner.run("blocks", "net:2x4>attention(heads=2,dk=2,dv=1)>attention(heads=1,dk=2)");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("net:2x4>attention(heads=2,dk=2,dv=1)>attention(heads=1,dk=2): 12 blocks, D = 80; "
                + "input 2×4, output 2×4"), r.out());
        assertTrue(r.out().contains("\nV2       4×1        4\nO2       1×4        4\nQ3       4×2        8      "
                + "38  attention(heads=1,dk=2)\n"), r.out());
    }

    @Test
    void modelsThatAreNoNetworkListTheirBlocksAndPositiveDomains() {
        assertEquals("""
                relu:3,4,2+bias: 3 blocks, D = 24

                block  shape  entries
                ─────────────────────
                U1       3×4       12
                U2       4×2        8
                b1       4×1        4
                """, CliRunner.run("blocks", "relu:3,4,2+bias").out());
        assertTrue(CliRunner.run("blocks", "icnn:2,2,2").out().endsWith("""
                block  shape  entries  domain
                ─────────────────────────────
                U        2×2        4  ≥ 0
                V        2×2        4
                """));
    }

    @Test
    void jsonNamesEachBlockWithItsLayerAndWhatHoldsIt() {
        CliRunner r = CliRunner.run("blocks", "net:2>residual(dense(2,bias))", "--json");
        assertEquals(0, r.code(), r.err());
        assertEquals("{\"model\":\"net:2>residual(dense(2,bias))\",\"parameters\":6,\"input\":[1,2],\"output\":[1,2],"
                + "\"blocks\":[{\"name\":\"W1\",\"rows\":2,\"columns\":2,\"entries\":4,\"offset\":0,\"positive\":false,"
                + "\"layer\":\"dense(2,bias)\",\"column\":16,\"within\":[\"residual(…)\"]},{\"name\":\"b1\",\"rows\":2,"
                + "\"columns\":1,\"entries\":2,\"offset\":4,\"positive\":false,\"layer\":\"dense(2,bias)\",\"column\":16,"
                + "\"within\":[\"residual(…)\"]}]}\n", r.out());
        assertEquals("{\"model\":\"nmf:2,2,2\",\"parameters\":8,\"blocks\":[{\"name\":\"U\",\"rows\":2,\"columns\":2,"
                + "\"entries\":4,\"offset\":0,\"positive\":true},{\"name\":\"V\",\"rows\":2,\"columns\":2,\"entries\":4,"
                + "\"offset\":4,\"positive\":true}]}\n", CliRunner.run("blocks", "nmf:2,2,2", "--json").out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "blocks net:4>dense(3)>relux                    | column 16 of 'net:4>dense(3)>relux': unknown layer 'relux'",
        "blocks net:3>dense(2)>residual(dense(3))       | column 16 of 'net:3>dense(2)>residual(dense(3))': residual(…) maps 1×2 to 1×3",
        "blocks net:2x4>attention(heads=1,dk=3,rope)     | rope rotates pairs of key columns, so dk must be even, not 3",
        "blocks linear:40,40,40 --max-dimension 100     | model linear:40,40,40 has state dimension 3200, above the limit 100; raise it with --max-dimension",
        "blocks                                         | 'blocks' takes one MODEL, got none",
        "blocks linear:2,2,2 --flow gf                  | unknown option --flow for 'blocks'",
    })
    void badInputIsOneLineAndExitCodeTwo(String commandLine, String message) {
        CliRunner.assertBadInput(commandLine, message);
    }

    @Test
    void helpExplainsTheNaming() {
        assertTrue(CliRunner.run("help").out().contains("  blocks   list a model's parameter blocks"));
        String usage = CliRunner.run("help", "blocks").out();
        assertTrue(usage.startsWith("usage: ./lawkeeper blocks MODEL [--json] [--max-dimension N]"), usage);
        assertTrue(usage.contains("attention heads Q1, K1, V1, O1, Q2, … numbered across the network"), usage);
    }
}
