package org.lawkeeper.core.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.SpecException;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelSpec;
import org.lawkeeper.core.verify.LawVerifier;
import org.lawkeeper.core.verify.Verification;
import org.lawkeeper.core.verify.Witness;

/** The families of docs/THEORY.md §6 verify exactly; their near misses are caught with a witness. */
class LawVerifierTest {

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "product:2          | gf                | x[1]^2 - x[2]^2",
        "linear:2,3,2       | gf                | U1^T*U1 - U2*U2^T",
        "linear:2,3,2       | natural           | U1^T*U1 - U2*U2^T",
        "linear:2,3,2,2     | gf                | U1^T*U1 - U2*U2^T",
        "linear:2,3,2,2     | gf                | U2^T*U2 - U3*U3^T",
        "linear:2,3,2       | momentum          | skew(U1^T*U1' + U2*U2'^T)",
        "linear:2,3,2       | momentum:tau=1/2  | exp(tau*t)*skew(U1^T*U1' + U2*U2'^T)",
        "linear:2,3,2,2     | momentum:tau=1    | exp(tau*t)*skew(U2^T*U2' + U3*U3'^T)",
        "linear:2,2,2       | nesterov          | t^3*skew(U1^T*U1' + U2*U2'^T)",
        "relu:3,4,2+bias    | gf                | norm2(U2, rows) + norm2(b1, rows) - norm2(U1, cols)^T",
        "relu:2,2,3,2       | gf                | norm2(U3, rows) - norm2(U2, cols)^T",
        "nmf:3,3,3          | mirror            | sum(U, cols)^T - sum(V, rows)",
        "icnn:2,2,2+bias    | mirror            | sum(U, cols)^T - 1/2*(norm2(V, rows) + norm2(b, rows))",
        "icnn:1,1,1         | mirror            | U - V^2/2",
    })
    void knownFamiliesAreConserved(String model, String flow, String law) throws Exception {
        Verification verdict = verify(model, flow, law);
        assertTrue(verdict.conserved(), verdict.reason());
        assertTrue(verdict.witness().isEmpty());
        assertTrue(verdict.reason().startsWith("⟨∇h, χ_i⟩ ≡ 0 as a polynomial identity"), verdict.reason());
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "linear:2,3,2       | momentum          | U1^T*U1 - U2*U2^T                       | the drift χ_0",
        "linear:2,3,2       | gf                | U1^T*U1 + U2*U2^T                       | χ_",
        "linear:2,3,2       | momentum:tau=1/2  | skew(U1^T*U1' + U2*U2'^T)               | the drift χ_0",
        "linear:2,3,2       | momentum:tau=1/2  | exp(2*tau*t)*skew(U1^T*U1' + U2*U2'^T)  | the drift χ_0",
        "linear:2,3,2       | momentum          | skew(U1^T*U1' - U2*U2'^T)               | the force",
        "relu:3,4,2+bias    | momentum  | norm2(U2, rows) + norm2(b1, rows) - norm2(U1, cols)^T | the drift χ_0",
        "nmf:3,3,3          | gf                | sum(U, cols)^T - sum(V, rows)           | χ_",
        "nmf:3,3,3          | mirror-momentum   | sum(U, cols)^T - sum(V, rows)           | the drift χ_0",
        "icnn:2,2,2+bias    | mirror            | sum(U, cols)^T - norm2(V, rows) - norm2(b, rows) | χ_",
    })
    void nearMissesAreCaughtWithAWitness(String model, String flow, String law, String field) throws Exception {
        Verification verdict = verify(model, flow, law);
        assertFalse(verdict.conserved());
        Witness witness = verdict.witness().orElseThrow();
        assertNotEquals(0, witness.rate().getNumerator().signum());
        assertTrue(witness.fieldDescription().startsWith(field), witness.summary());
        Flow f = FlowSpec.parse(flow);
        Model m = ModelSpec.parse(model).build(Limits.DEFAULT);
        assertFalse(witness.point().isEmpty());
        assertTrue(witness.point().size() <= f.stateDimension(m));
        assertTrue(witness.point().values().stream().allMatch(v -> v.compareTo(BigFraction.ZERO) > 0));
        assertTrue(verdict.reason().contains(" changes along "), verdict.reason());
    }

    @Test
    void witnessNamesTheStateCoordinates() throws Exception {
        // along the drift (s, v, −v): d/dt (U1·U2') = U1'·U2' − U1·U2', which involves neither s nor U2
        Witness witness = verify("linear:1,1,1", "momentum:tau=1", "U1*U2'").witness().orElseThrow();
        assertEquals(List.of("U1[1]", "U1'[1]", "U2'[1]"), List.copyOf(witness.point().keySet()));
        BigFraction u1 = witness.point().get("U1[1]");
        BigFraction v1 = witness.point().get("U1'[1]");
        BigFraction v2 = witness.point().get("U2'[1]");
        assertEquals(v1.multiply(v2).subtract(u1.multiply(v2)), witness.rate());
        assertTrue(witness.summary().startsWith("the law changes along the drift χ_0: ⟨∇h, χ⟩ = "), witness.summary());
    }

    @Test
    void nonPolynomialLawsAreRefusedWithTheReason() {
        SpecException e = assertThrows(SpecException.class, () -> verify("linear:1,1,1", "momentum:tau=1/2",
                "exp(t/3)*U1"));
        assertTrue(e.getMessage().startsWith(
                "cannot verify 'exp(t/3)*U1' exactly: column 1: exp(…) is not a polynomial"),
                e.getMessage());
    }

    static Verification verify(String model, String flow, String law) throws Exception {
        Model m = ModelSpec.parse(model).build(Limits.DEFAULT);
        Flow f = FlowSpec.parse(flow);
        return LawVerifier.verify(LawParser.parse(law, m, f), m, f, Limits.DEFAULT);
    }
}
