package org.lawkeeper.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.field.FlowFields;
import org.lawkeeper.core.field.PolynomialGenerators;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.law.Law;
import org.lawkeeper.core.law.LawParser;
import org.lawkeeper.core.linalg.RationalConstants;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelSpec;
import org.lawkeeper.core.polynomial.Polynomial;

/**
 * Sampling modulo primes, the verification of polynomial fields too large to expand, agrees with the exact
 * expansion (the general path) on laws and on near misses, and decides laws at the scale where expansion
 * takes minutes.
 */
class SampledVerificationTest {

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "linear:2,3,2       | gf                | U1^T*U1 - U2*U2^T",
        "linear:2,3,2       | gf                | U1^T*U1 + U2*U2^T",
        "linear:2,3,2,2     | natural           | U2^T*U2 - U3*U3^T",
        "linear:2,3,2       | momentum          | skew(U1^T*U1' + U2*U2'^T)",
        "linear:2,3,2       | momentum          | skew(U1^T*U1' - U2*U2'^T)",
        "linear:2,3,2       | momentum:tau=1/2  | exp(tau*t)*skew(U1^T*U1' + U2*U2'^T)",
        "linear:2,3,2       | momentum:tau=1/2  | exp(2*tau*t)*skew(U1^T*U1' + U2*U2'^T)",
        "linear:2,2,2       | nesterov          | t^3*skew(U1^T*U1' + U2*U2'^T)",
        "relu:3,4,2+bias    | gf                | norm2(U2, rows) + norm2(b1, rows) - norm2(U1, cols)^T",
        "relu:3,4,2+bias    | momentum          | norm2(U2, rows) + norm2(b1, rows) - norm2(U1, cols)^T",
        "nmf:3,3,3          | mirror            | sum(U, cols)^T - sum(V, rows)",
        "nmf:3,3,3          | mirror-momentum   | sum(U, cols)^T - sum(V, rows)",
        "icnn:2,2,2+bias    | mirror            | sum(U, cols)^T - 1/2*(norm2(V, rows) + norm2(b, rows))",
    })
    void samplingAgreesWithExpansionOnEveryEntry(String modelSpec, String flowSpec, String text) throws Exception {
        Model model = ModelSpec.parse(modelSpec).build(Limits.DEFAULT);
        Flow flow = FlowSpec.parse(flowSpec);
        PolynomialGenerators fields = FlowFields.polynomial(model, flow, Limits.DEFAULT);
        SampledVerifier sampled = new SampledVerifier(fields, 11, RationalConstants.NONE);
        for (Polynomial entry : LawParser.parse(text, model, flow).polynomials()) {
            assertEquals(LawVerifier.isConserved(entry, fields), sampled.isConserved(entry), entry.toString());
        }
    }

    @Test
    void randomPolynomialsAreDecidedAlikeBothWays() throws Exception {
        Model model = ModelSpec.parse("linear:2,3,2").build(Limits.DEFAULT);
        Flow flow = FlowSpec.parse("gf");
        PolynomialGenerators fields = FlowFields.polynomial(model, flow, Limits.DEFAULT);
        SampledVerifier sampled = new SampledVerifier(fields, 5, RationalConstants.NONE);
        List<Polynomial> law = LawParser.parse("U1^T*U1 - U2*U2^T", model, flow).polynomials();
        SplittableRandom random = new SplittableRandom(3);
        int conserved = 0;
        for (int trial = 0; trial < 40; trial++) {
            // a random combination of the law's entries, sometimes with a non-law added
            Polynomial h = Polynomial.ZERO;
            for (Polynomial entry : law) {
                h = h.plus(entry.times(Polynomial.constant(random.nextInt(-3, 4))));
            }
            if (random.nextBoolean()) {
                h = h.plus(Polynomial.variable(random.nextInt(fields.stateDimension())).times(
                        Polynomial.variable(random.nextInt(fields.stateDimension()))));
            }
            boolean exact = LawVerifier.isConserved(h, fields);
            assertEquals(exact, sampled.isConserved(h), h.toString());
            conserved += exact ? 1 : 0;
        }
        assertTrue(conserved > 5 && conserved < 35, conserved + " of 40 conserved: both kinds were tried");
    }

    @Test
    void atScaleALawIsCertifiedBySamplingAndAFalseLawRejected() throws Exception {
        Model model = ModelSpec.parse("linear:30,30,30").build(Limits.DEFAULT);
        Flow flow = FlowSpec.parse("gf");
        assertTrue(LawVerifier.tooLargeToExpand(FlowFields.polynomial(model, flow, Limits.DEFAULT)));

        Verification law = LawVerifier.verify(LawParser.parse("U1^T*U1 - U2*U2^T", model, flow), model, flow,
                Limits.DEFAULT);
        assertTrue(law.conserved(), law.reason());
        Sampling how = law.sampling().orElseThrow();
        assertEquals(2, how.samples());
        assertEquals(2, how.degree()); // deg h − 1 + deg ∇φ = 1 + 1
        assertTrue(how.errorBound() < 1e-30, how.summary());
        assertTrue(law.reason().startsWith("⟨∇h, χ_i⟩ for every generating field vanished at 2 random points modulo "
                + "each of "), law.reason());
        assertEquals(465, law.entries());

        Law almost = LawParser.parse("tr(U1^T*U1) - tr(U2*U2^T) + U1[3,2]*U1[3,5] - U2[2,7]*U2[5,7]", model, flow);
        Verification refuted = LawVerifier.verify(almost, model, flow, Limits.DEFAULT);
        assertFalse(refuted.conserved());
        assertTrue(refuted.reason().startsWith("the law changes along a generating field: ⟨∇h, χ⟩ ≠ 0 at a random"),
                refuted.reason());
    }
}
