package org.lawkeeper.core.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.CancelledException;
import org.lawkeeper.core.LimitExceededException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelSpec;
import org.lawkeeper.core.polynomial.Polynomial;
import org.lawkeeper.core.verify.LawVerifier;

/**
 * Issue 12, finding 5: no law text makes the parser, the expansion or the verifier run away. Each case
 * would take minutes, gigabytes or a stack overflow without the bound it tests; the ceilings are generous
 * for a loaded machine and still far below that.
 */
class LawExpansionLimitsTest {
    private static final Duration CEILING = Duration.ofSeconds(20);

    @Test
    void aLongChainOfScalarProductsParsesInLinearTime() {
        Law law = assertTimeoutPreemptively(CEILING, () -> parse("linear:2,2,2", "gf", "1*".repeat(5000) + "U1[1,1]"));
        assertEquals(1, law.size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        1+          | 5000  | 1       | 0
        U1[1,1]-    | 20000 | U1[2,1] | 1
        -           | 50000 | U1      | 4
        1/1*        | 5000  | U1[1,1] | 1
        """)
    void longAssociativeChainsParse(String piece, int count, String end, int size) {
        String text = piece.repeat(count) + end;
        assertEquals(size, assertTimeoutPreemptively(CEILING, () -> parse("linear:2,2,2", "gf", text)).size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        U1[1,1] | ^0   | 60000
        U1      | ^T   | 60000
        U1      | [1]  | 30000
        U1      | '    | 60000
        ""      | (    | 60000
        ""      | exp( | 30000
        """)
    void deepPostfixAndNestingChainsAreOneErrorNotAStackOverflow(String start, String piece, int count) {
        String text = start + piece.repeat(count);
        LawSyntaxException e = assertTimeoutPreemptively(CEILING,
                () -> assertThrows(LawSyntaxException.class, () -> parse("linear:2,2,2", "momentum", text)));
        assertTrue(e.getMessage().length() < 200, e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        linear:2,2,2    | sum(U1)^64                  | may expand to 814393 polynomial terms
        linear:30,30,30 | sum(U1)^64                  | may expand to more than 9×10^18 polynomial terms
        linear:2,2,2    | (U1[1,1]+U1[1,2]+U1[2,2]+U2[1,1]+U2[2,1])^40 | polynomial terms, above the limit 200000
        linear:2,2,2    | (sum(U1)^10)*(sum(U1)^10)   | polynomial terms, above the limit 200000
        linear:2,2,2    | 1/(sum(U1)^64-sum(U1)^64)   | polynomial terms, above the limit 200000
        linear:20,20,20 | norm2(U1)^4                 | polynomial terms, above the limit 200000
        """)
    void expansionsAboveTheLimitsAreRefusedBeforeExpanding(String model, String text, String message) {
        LawSyntaxException e = assertTimeoutPreemptively(CEILING,
                () -> assertThrows(LawSyntaxException.class, () -> parse(model, "gf", text)));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    /**
     * The limits grow with the state beyond their floors: the rotation laws of linear:30,30,30 under momentum (state
     * dimension 3601, an estimate of 275,400 terms) are expanded; about linear:2,2,2 the floor of 200,000 holds.
     */
    @Test
    void largeModelsAllowLargeLawsInProportion() throws Exception {
        Model large = ModelSpec.parse("linear:30,30,30").build(Limits.DEFAULT);
        Flow momentum = FlowSpec.parse("momentum");
        assertEquals(30 * 29 / 2, LawParser.parse("skew(U1^T*U1' + U2*U2'^T)", large, momentum).size());
        assertEquals(250L * 3601, PolynomialAlgebra.maxTerms(3601));
        assertEquals(PolynomialAlgebra.MAX_TERMS, PolynomialAlgebra.maxTerms(17));
        LawSyntaxException small = assertThrows(LawSyntaxException.class,
                () -> parse("linear:2,2,2", "gf", "(sum(U1)^10)*(sum(U1)^10)"));
        assertTrue(small.getMessage().contains("above the limit 200000"), small.getMessage());
    }

    /** The estimate is an upper bound: checked against the expansion itself (the general path). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        linear:2,3,2     | gf               | U1^T*U1 - U2*U2^T
        linear:2,3,2     | gf               | sum(U1)^9
        linear:2,3,2     | gf               | (U1[1,1]+U1[1,2]+1)^12
        linear:2,3,2     | momentum         | (U1[1,1]+U1[1,2]+U2[1,1]+U2[2,2]-3)^10*t
        linear:2,3,2,2   | gf               | tr(U1*U2*U3*(U1*U2*U3)^T) - norm2(U1)^2
        linear:3,3,3     | gf               | norm2(U1, rows)*sum(U2, cols)
        linear:2,3,2     | momentum:tau=1/2 | exp(tau*t)*skew(U1^T*U1' + U2*U2'^T)
        linear:2,2,2     | gf               | sym(U1)[1:2,1]*2/3 - skew(U1)^T[:,2]
        relu:2,2,2+bias  | gf               | -(b1^T*b1 + tr(U1*U1^T))^2 - norm2(U2)*sum(b1)
        """)
    void theEstimateBoundsTheExpansion(String model, String flow, String text) throws Exception {
        Model m = ModelSpec.parse(model).build(Limits.DEFAULT);
        Flow f = FlowSpec.parse(flow);
        StateLayout layout = new StateLayout(m, f);
        LawNode root = ((ParsedLaw) LawParser.parse(text, m, f)).root();
        PolynomialAlgebra algebra = new PolynomialAlgebra(layout, Cancellation.none());
        List<Polynomial> entries = algebra.expand(root, 1);
        ExpansionEstimate estimate = ExpansionEstimate.of(root, layout.dimension());
        long terms = entries.stream().mapToLong(Polynomial::termCount).sum();
        assertTrue(terms <= estimate.terms(), terms + " terms > estimate " + estimate.terms());
        assertTrue(algebra.work() <= estimate.work(), algebra.work() + " products > estimate " + estimate.work());
    }

    @Test
    void aCancelledParseStopsWithCancelledException() throws Exception {
        Model m = ModelSpec.parse("linear:30,30,30").build(Limits.DEFAULT);
        Cancellation cancellation = Cancellation.none();
        cancellation.cancel();
        assertThrows(CancelledException.class,
                () -> LawParser.parse("U1^T*U1 - U2*U2^T", m, FlowSpec.parse("gf"), cancellation));
    }

    @Test
    void anInterruptStopsParsingAndVerification() throws Exception {
        Model m = ModelSpec.parse("linear:30,30,30").build(Limits.DEFAULT);
        Flow gf = FlowSpec.parse("gf");
        Law law = LawParser.parse("U1^T*U1 - U2*U2^T", m, gf);
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancelledException.class, () -> LawParser.parse("U1^T*U1", m, gf, Cancellation.none()));
            LawSyntaxException e = assertThrows(LawSyntaxException.class, () -> LawParser.parse("U1^T*U1", m, gf));
            assertTrue(e.getMessage().contains("interrupted"), e.getMessage());
            assertThrows(CancelledException.class,
                    () -> LawVerifier.verify(law, m, gf, Limits.DEFAULT, Cancellation.none()));
        } finally {
            assertTrue(Thread.interrupted(), "the interrupt stays visible to the caller");
        }
    }

    @Test
    void aDeadlineStopsALongVerificationPromptly() throws Exception {
        Model m = ModelSpec.parse("linear:30,30,30").build(Limits.DEFAULT);
        Flow gf = FlowSpec.parse("gf");
        Law law = LawParser.parse("U1^T*U1 - U2*U2^T", m, gf);
        long start = System.nanoTime();
        CancelledException e = assertThrows(CancelledException.class, () -> LawVerifier.verify(law, m, gf,
                Limits.DEFAULT, Cancellation.after(Duration.ofMillis(200))));
        assertEquals("analysis timed out after 0.2 s", e.getMessage());
        assertTrue(System.nanoTime() - start < CEILING.toNanos() / 4, "stopped only after the ceiling");
    }

    @Test
    void verificationAboveTheTermLimitIsRefusedBeforeExpanding() throws Exception {
        // small enough to be verified by expansion (larger fields are sampled instead, LawVerifier.tooLargeToExpand)
        Model m = ModelSpec.parse("linear:10,10,10").build(Limits.DEFAULT);
        Flow gf = FlowSpec.parse("gf");
        Law law = LawParser.parse("U1^T*U1 - U2*U2^T", m, gf);
        LimitExceededException e = assertTimeoutPreemptively(CEILING, () -> assertThrows(LimitExceededException.class,
                () -> LawVerifier.verify(law, m, gf, new Limits(4000, 10_000), Cancellation.none())));
        assertEquals(LimitExceededException.Limit.SIZE, e.limit());
        assertTrue(e.getMessage().contains("term products with the flow's fields, above the limit 10000"),
                e.getMessage());
    }

    private static Law parse(String model, String flow, String text) throws Exception {
        return LawParser.parse(text, ModelSpec.parse(model).build(Limits.DEFAULT), FlowSpec.parse(flow));
    }
}
