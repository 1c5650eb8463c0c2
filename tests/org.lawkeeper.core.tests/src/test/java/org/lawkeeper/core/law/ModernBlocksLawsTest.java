package org.lawkeeper.core.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelSpec;
import org.lawkeeper.core.search.LawFamily;
import org.lawkeeper.core.search.LawSearch;
import org.lawkeeper.core.search.SearchOptions;
import org.lawkeeper.core.search.SearchResult;
import org.lawkeeper.core.verify.LawVerifier;
import org.lawkeeper.core.verify.Verification;

/**
 * The explicit laws of docs/THEORY.md §12.3 (the blocks of §11): each row's laws found, named and certified complete at
 * two sizes; true claims verified and false ones refuted; the exact witness against the column-sum law of the
 * normalised-sigmoid gate; the laws of weight decay.
 */
class ModernBlocksLawsTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "net:3>dense(2)>pow(3)>dense(1)          | gf | norm2(W1, rows) - 3*norm2(W2, cols)^T",
        "net:4>dense(3)>pow(2)>dense(2)          | gf | norm2(W1, rows) - 2*norm2(W2, cols)^T",
        "net:3>glu(2)>dense(1)                   | gf | norm2(W1, cols)^T - norm2(B1, rows); norm2(W1, cols)^T - norm2(C1, rows)",
        "net:4>glu(3)>dense(2)                   | gf | norm2(W1, cols)^T - norm2(B1, rows); norm2(W1, cols)^T - norm2(C1, rows)",
        "net:3>swiglu(2)>dense(1)                | gf | norm2(W1, cols)^T - norm2(C1, rows)",
        "net:4>swiglu(6)>dense(4)                | gf | norm2(W1, cols)^T - norm2(C1, rows)",
        "net:1x6>conv1d(channels=2,kernel=3)>relu>conv1d(channels=1,kernel=2) | gf | norm2(F1[1,:]) - norm2(F2[:,1:2]); norm2(F1[2,:]) - norm2(F2[:,3:4])",
        "net:4>dense(3)>softmax                  | gf | sum(W1, cols)",
        "net:3>dense(2)>softmax                  | gf | sum(W1, cols)",
        "net:2x4>attention(heads=1,dk=2)         | gf | Q1^T*Q1 - K1^T*K1; V1^T*V1 - O1*O1^T",
        "net:2x4>attention(heads=2,dk=2)         | gf | Q1^T*Q1 - K1^T*K1; V1^T*V1 - O1*O1^T; Q2^T*Q2 - K2^T*K2; V2^T*V2 - O2*O2^T",
        "net:2x2>attention(heads=1,dk=1,linear)  | gf | Q1^T*Q1 - K1^T*K1; V1^T*V1 - O1*O1^T; norm2(Q1) + norm2(K1) - norm2(V1) - norm2(O1)",
        "net:2x3>attention(heads=1,dk=2,linear)  | gf | Q1^T*Q1 - K1^T*K1; V1^T*V1 - O1*O1^T; norm2(Q1) + norm2(K1) - norm2(V1) - norm2(O1)",
        "net:4x4>attention(heads=1,dk=2,rope)    | gf | norm2(Q1[:,1:2]) - norm2(K1[:,1:2]); V1^T*V1 - O1*O1^T",
        "net:3x4>attention(heads=1,dk=4,rope)    | gf | norm2(Q1[:,1:2]) - norm2(K1[:,1:2]); norm2(Q1[:,3:4]) - norm2(K1[:,3:4]); V1^T*V1 - O1*O1^T",
        "net:3>moe(experts=2,gate=softmax,swiglu(2)>dense(3)) | gf | sum(G1, cols); norm2(E1_W1, cols)^T - norm2(E1_C1, rows); norm2(E2_W1, cols)^T - norm2(E2_C1, rows)",
        "net:3>moe(experts=3,gate=softmax,dense(2)>relu>dense(3)) | gf | sum(G1, cols); norm2(E1_W1, rows) - norm2(E1_W2, cols)^T; norm2(E2_W1, rows) - norm2(E2_W2, cols)^T; norm2(E3_W1, rows) - norm2(E3_W2, cols)^T",
        "net:4>dense(4)>rmsnorm>dense(2)         | gf | norm2(W1)",
        "net:4>dense(3)>layernorm>dense(2)       | gf | norm2(W1); sum(W1, cols); sum(W2, rows)",
        "net:4>residual(dense(4)>relu>dense(4))  | gf | norm2(W1, rows) - norm2(W2, cols)^T",
        "net:3>dense(3)>residual(dense(2)>relu>dense(3))>dense(2) | gf | W1*W1^T - W4^T*W4 - W2^T*W2 + W3*W3^T; norm2(W2, rows) - norm2(W3, cols)^T",
        "net:2x4>layernorm>attention(heads=1,dk=2)>residual(rmsnorm>swiglu(4)>dense(4)) | gf | sum(Q1, cols); sum(K1, cols); sum(V1, cols); Q1^T*Q1 - K1^T*K1; V1^T*V1 - O1*O1^T; norm2(W1, cols)^T - norm2(C1, rows)",
        "net:2x3>attention(heads=1,dk=3)>attention(heads=1,dk=2) | gf | O1^T*O1 - Q2*Q2^T - K2*K2^T - V2*V2^T; Q1^T*Q1 - K1^T*K1; V1^T*V1 - O1*O1^T; Q2^T*Q2 - K2^T*K2; V2^T*V2 - O2*O2^T",
        "net:2x4>attention(heads=1,dk=2)         | momentum:tau=1 | exp(tau*t)*skew(Q1^T*Q1' + K1^T*K1'); exp(tau*t)*skew(V1^T*V1' - O1'*O1^T)",
        "net:2x4>attention(heads=1,dk=2)         | gf:wd=1/10 | exp(2*wd*t)*(Q1^T*Q1 - K1^T*K1); exp(2*wd*t)*(V1^T*V1 - O1*O1^T)",
        "net:4>dense(3)>softmax                  | gf:wd=1/10 | exp(wd*t)*(sum(W1, cols))",
        "linear:2,3,2                            | gf:wd=1/3  | exp(2*wd*t)*(U1^T*U1 - U2*U2^T)",
    })
    void theLawsOfEachBlockAreFoundNamedAndCertified(String spec, String flow, String families) throws Exception {
        SearchResult result = LawSearch.search(model(spec), FlowSpec.parse(flow), SearchOptions.defaults());
        assertTrue(result.complete(), result.certificate());
        List<String> found = result.recognition().families().stream().map(LawFamily::expression).toList();
        for (String family : families.split(";")) {
            assertTrue(found.contains(family.strip()), family + " not among " + found);
        }
        assertEquals(result.count().count(), result.recognition().families().stream().mapToInt(LawFamily::laws).sum(),
                "every law named: " + found + " for " + result.recognition().outside());
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "net:3>swiglu(2)>dense(1)                          | gf         | norm2(W1, cols)^T - norm2(C1, rows)",
        "net:3>moe(experts=2,gate=softmax,dense(3))        | gf         | sum(G1, cols)",
        "net:4>dense(4)>rmsnorm>dense(2)                   | gf         | norm2(W1)",
        "net:2x4>attention(heads=2,dk=2)                   | natural    | V2^T*V2 - O2*O2^T",
        "net:2x4>attention(heads=1,dk=2)                   | mirror     | sum(Q1, cols) - sum(K1, cols)",
        "net:2x4>attention(heads=1,dk=2)                   | mirror     | sum(V1, cols)^T - sum(O1, rows)",
        "net:2x4>attention(heads=1,dk=2)                   | gf:wd=2    | exp(2*wd*t)*(Q1^T*Q1 - K1^T*K1)",
        "net:4>dense(3)>softmax                            | momentum   | sum(W1', cols)",
    })
    void trueClaimsAreVerifiedBySamplingWithABound(String spec, String flow, String law) throws Exception {
        Verification verdict = verify(spec, flow, law);
        assertTrue(verdict.conserved(), verdict.reason());
        assertTrue(verdict.sampling().isPresent());
        assertEquals(2, verdict.sampling().get().primes().size());
        assertTrue(verdict.sampling().get().errorBound() < 1e-60, verdict.reason());
        assertTrue(verdict.reason().startsWith("⟨∇h, χ_{x,w}⟩ vanished at 8 random points"), verdict.reason());
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        // SwiGLU keeps no law through B, the paper's point
        "net:3>swiglu(2)>dense(1)                          | gf         | norm2(W1, cols)^T - norm2(B1, rows)",
        // the normalised-sigmoid gate has no column-sum law (the witness below)
        "net:3>moe(experts=2,gate=nsigmoid,dense(3))       | gf         | sum(G1, cols)",
        // GELU breaks the relu neuron law
        "net:4>dense(3)>gelu>dense(2)                      | gf         | norm2(W1, rows) - norm2(W2, cols)^T",
        // the factor p matters
        "net:3>dense(2)>pow(3)>dense(1)                    | gf         | norm2(W1, rows) - norm2(W2, cols)^T",
        // weight decay needs its time factor
        "net:2x4>attention(heads=1,dk=2)                   | gf:wd=1/10 | Q1^T*Q1 - K1^T*K1",
        // the mirror geometry keeps sums, not Gram matrices
        "net:2x4>attention(heads=1,dk=2)                   | mirror     | Q1^T*Q1 - K1^T*K1",
        // RoPE breaks the Q/K balancedness across rotary pairs
        "net:3x4>attention(heads=1,dk=4,rope)              | gf         | Q1^T*Q1 - K1^T*K1",
    })
    void falseClaimsAreRefuted(String spec, String flow, String law) throws Exception {
        Verification verdict = verify(spec, flow, law);
        assertFalse(verdict.conserved(), verdict.reason());
        assertTrue(verdict.reason().contains("changes along"), verdict.reason());
    }

    @Test
    void sampledRefutationsTellTheRateAtARealPoint() throws Exception {
        Verification verdict = verify("net:3>swiglu(2)>dense(1)", "gf", "norm2(W1, cols)^T - norm2(B1, rows)");
        assertTrue(verdict.reason().matches("entry \\[[0-9,]+\\] changes along χ_\\{x,w\\}: ⟨∇h, χ⟩ ≠ 0 at a random sample "
                + "modulo a prime; at a random real point \\(θ, x, w standard normal, seed 7\\) the rate is -?[0-9.e+-]+"),
                verdict.reason());
    }

    /**
     * docs/THEORY.md §12.3: the normalised-sigmoid gate does not conserve Σ_i G_i1. With d = 3, two experts whose outputs are
     * 0 and e₁ at x = e₁, gate logits (0, ln 3) and the square loss with target 0, d/dt(G11 + G21) = 9/250 exactly:
     * the gate weights are σ(0)/S = 2/5 and σ(ln 3)/S = 3/5, and ∂L/∂ℓ1 + ∂L/∂ℓ2 = (3/5)(−3/25 + 3/50) = −9/250.
     * Computed here by Lawkeeper's own forward pass of {@code net:3>moe(experts=2,gate=nsigmoid,dense(3))}, in exact
     * rationals, with e^{−0} = 1 and e^{−ln 3} = 1/3 as the two exponentials of the gate.
     */
    @Test
    void theNormalisedSigmoidGateChangesItsColumnSumsAtAnExactWitness() throws Exception {
        Model model = model("net:3>moe(experts=2,gate=nsigmoid,dense(3))");
        BigFraction[] theta = new BigFraction[model.parameterCount()];
        Arrays.fill(theta, BigFraction.ZERO);
        // expert 2's dense layer maps e₁ to e₁; expert 1's is zero; G's first column holds the logits, ln 3 enters
        // only through e^{−ln 3}, which the tape is told
        theta[model.block("E2_W1").orElseThrow().coordinate(0, 0)] = BigFraction.ONE;
        BigFraction[][] x = {{BigFraction.ONE, BigFraction.ZERO, BigFraction.ZERO}};
        RationalTape tape = new RationalTape(theta, x, call -> call == 0 ? BigFraction.ONE : new BigFraction(1, 3));
        int[][] y = model.network().orElseThrow().forward(tape);
        // square loss ½‖y‖²: the output weights are ∂L/∂y = y
        BigFraction[][] residual = {{tape.value(y[0][0]), tape.value(y[0][1]), tape.value(y[0][2])}};
        assertEquals(new BigFraction(3, 5), residual[0][0]);
        BigFraction[] gradient = tape.gradient(y, residual);
        var gate = model.block("G1").orElseThrow();
        BigFraction rate = gradient[gate.coordinate(0, 0)].add(gradient[gate.coordinate(1, 0)]).negate();
        assertEquals(new BigFraction(9, 250), rate);
        // and the engine refutes the law for every data point, not only this one
        assertFalse(verify("net:3>moe(experts=2,gate=nsigmoid,dense(3))", "gf", "sum(G1, cols)").conserved());
    }

    @ParameterizedTest(name = "{0} ≡ {1}")
    @CsvSource(delimiter = '|', value = {
        "net:4>dense(3)>relu>dense(2)       | relu:2,3,4      | gf",
        "net:4>dense(3,bias)>relu>dense(2)  | relu:2,3,4+bias | gf",
        "net:4>dense(3)>dense(2)            | linear:2,3,4    | gf",
        "net:4>dense(3)>dense(2)            | linear:2,3,4    | momentum:tau=1",
    })
    void theLayerLanguageHasTheSameLawsAsTheFactorisedKinds(String net, String factorised, String flow) throws Exception {
        SearchResult mine = LawSearch.search(model(net), FlowSpec.parse(flow), SearchOptions.defaults());
        SearchResult theirs = LawSearch.search(model(factorised), FlowSpec.parse(flow), SearchOptions.defaults());
        assertEquals(theirs.count().count(), mine.count().count());
        assertTrue(mine.complete() && theirs.complete());
        // the factorised kinds number layers from the output: U1 is W2, U2 is W1, b1 stays b1
        for (var family : theirs.recognition().families()) {
            String renamed = family.expression().replace("U1", "#").replace("U2", "W1").replace("#", "W2");
            assertTrue(verify(net, flow, renamed).conserved(), renamed);
        }
    }

    private static Verification verify(String spec, String flow, String law) throws Exception {
        Model model = model(spec);
        return LawVerifier.verify(LawParser.parse(law, model, FlowSpec.parse(flow)), model, FlowSpec.parse(flow),
                Limits.DEFAULT);
    }

    private static Model model(String spec) throws Exception {
        return ModelSpec.parse(spec).build(Limits.DEFAULT);
    }
}
