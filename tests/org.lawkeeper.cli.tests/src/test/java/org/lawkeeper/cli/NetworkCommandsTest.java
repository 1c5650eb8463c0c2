package org.lawkeeper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code count}, {@code laws} and {@code verify} on networks of the layer language. */
class NetworkCommandsTest {

    @Test
    void countsAttentionExactly() {
        CliRunner r = CliRunner.run("count", "net:2x4>attention(heads=2,dk=2)", "--flow", "gf");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("net:2x4>attention(heads=2,dk=2) under gf: 12 laws (exact rank 52 of 64 mod p = "),
                r.out());
    }

    @Test
    void findsAndNamesTheLawsOfSwiGlu() {
        CliRunner r = CliRunner.run("laws", "net:3>swiglu(2)>dense(1)");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("norm2(W1, cols)^T - norm2(C1, rows)     2  SwiGLU neuron law between C1 and W1"),
                r.out());
        assertTrue(r.out().contains("complete: 2 independent polynomial laws verified by sampling modulo two primes"),
                r.out());
    }

    @Test
    void verifiesByExactSamplingAndSaysSo() {
        CliRunner conserved = CliRunner.run("verify", "net:3>swiglu(2)>dense(1)", "--law",
                "norm2(W1, cols)^T - norm2(C1, rows)");
        assertEquals(0, conserved.code(), conserved.err());
        assertTrue(conserved.out().contains("  sampled: ⟨∇h, χ_{x,w}⟩ vanished at 8 random points"), conserved.out());
        CliRunner json = CliRunner.run("verify", "net:3>moe(experts=2,gate=nsigmoid,dense(3))", "--json", "--law",
                "sum(G1, cols)");
        assertEquals(CheckCommand.VIOLATED, json.code(), json.err());
        assertTrue(json.out().contains("\"conserved\":false"), json.out());
        assertTrue(json.out().contains("\"method\":\"sampled\""), json.out());
        assertTrue(json.out().contains("\"failure\":\"entry [1] changes along χ_{x,w}"), json.out());
    }

    @Test
    void weightDecayLawsCarryTheirTimeFactor() {
        CliRunner r = CliRunner.run("verify", "net:2x4>attention(heads=1,dk=2)", "--flow", "gf:wd=1/10", "--law",
                "exp(2*wd*t)*(Q1^T*Q1 - K1^T*K1)");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("conserved: "), r.out());
    }

    @Test
    void aMalformedNetworkIsOneLineNamingTheColumn() {
        CliRunner r = CliRunner.run("count", "net:4>dense(3)>relux");
        assertEquals(2, r.code());
        assertEquals("lawkeeper: column 16 of 'net:4>dense(3)>relux': unknown layer 'relux' (layers: dense(n[,bias]), "
                + "relu, pow(p), gelu, silu, tanh, sigmoid, glu(h), swiglu(h), attention(heads=H,dk=K[,dv=V][,linear]"
                + "[,rope]), residual(…), layernorm, rmsnorm, moe(experts=E[,gate=softmax|nsigmoid],…), "
                + "conv1d(channels=C,kernel=K), softmax)", r.err().strip());
    }
}
