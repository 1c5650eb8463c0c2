package org.lawkeeper.core.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.analysis.Analysis;
import org.lawkeeper.core.analysis.ClaimCoverage;
import org.lawkeeper.core.analysis.FlowLaws;
import org.lawkeeper.core.analysis.HoldingLaw;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.linalg.PrimeField;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelSpec;

/**
 * A law's coefficients built from the prime its seed draws (issue 12, finding 1): the prime that decides which
 * entries of a law are independent, and the one that decides which laws a claim covers, must divide none of
 * them, or a multiple of a non-law looks constant and a claim looks empty.
 */
class LawCoefficientPrimesTest {

    /** The prime the entry selection would draw for a law without constants. */
    private static final long SELECTION_PRIME =
            PrimeField.random(new SplittableRandom(ParsedLaw.SELECTION_SEED)).prime();

    @Test
    void aMultipleOfANonLawByTheSelectionPrimeIsNoLaw() throws Exception {
        assertFalse(LawVerifierTest.verify("linear:2,2,2", "gf", SELECTION_PRIME + "*U1[1,1]").conserved());
    }

    @Test
    void aDivisionByTheSelectionPrimeIsNoLawAndNoCrash() throws Exception {
        assertFalse(LawVerifierTest.verify("linear:2,2,2", "gf", "U1[1,1]/" + SELECTION_PRIME).conserved());
    }

    @Test
    void aClaimScaledByTheCoveragePrimeStillCoversItsLaws() throws Exception {
        long seed = 11;
        long p = PrimeField.random(new SplittableRandom(seed)).prime();
        Model model = ModelSpec.parse("linear:2,2,2").build(Limits.DEFAULT);
        Flow gf = FlowSpec.parse("gf");
        String law = "U1^T*U1 - U2*U2^T";
        FlowLaws holding = new FlowLaws(gf, 3, "certified", List.of(new HoldingLaw(law, law, "")));

        ClaimCoverage coverage = Analysis.coverage(model, holding,
                List.of(LawParser.parse(p + "*(" + law + ")", model, gf)), seed);

        assertEquals(3, coverage.claimed());
        assertTrue(coverage.missing().isEmpty(), coverage.missing().toString());
    }
}
