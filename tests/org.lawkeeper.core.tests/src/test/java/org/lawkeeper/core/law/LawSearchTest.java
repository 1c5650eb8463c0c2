package org.lawkeeper.core.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.count.CountOptions;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelBuilder;
import org.lawkeeper.core.model.ModelSpec;
import org.lawkeeper.core.polynomial.Monomial;
import org.lawkeeper.core.polynomial.Polynomial;
import org.lawkeeper.core.polynomial.PolynomialMatrix;
import org.lawkeeper.core.search.FoundLaw;
import org.lawkeeper.core.search.LawFamily;
import org.lawkeeper.core.search.LawSearch;
import org.lawkeeper.core.search.SearchOptions;
import org.lawkeeper.core.search.SearchResult;
import org.lawkeeper.core.verify.LawVerifier;

/** The search recovers as many independent, exactly verified laws as docs/THEORY.md §12 counts. */
class LawSearchTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "product:2        | gf               | 1",
        "product:2        | momentum         | 0",
        "product:3        | gf               | 2",
        "linear:2,2,2     | gf               | 3",
        "linear:3,2,4     | gf               | 3",
        "linear:2,2,2     | momentum         | 1",
        "linear:2,2,2     | momentum:tau=1/2 | 1",
        "linear:3,3,2     | momentum         | 3",
        "linear:2,2,2,2   | gf               | 6",
        "linear:2,2,2,2   | momentum         | 2",
        "linear:2,3,2,2   | gf               | 9",
        "linear:2,3,2,2   | momentum:tau=1/2 | 4",
        "linear:2,3,2,2   | natural          | 9",
        "relu:2,3,2       | gf               | 3",
        "relu:2,3,2+bias  | gf               | 3",
        "relu:2,3,2+bias  | momentum         | 0",
        "relu:2,2,3,2     | gf               | 5",
        "nmf:2,2,2        | mirror           | 2",
        "nmf:3,3,3        | mirror           | 3",
        "nmf:3,3,3        | mirror-momentum  | 0",
        "icnn:2,2,2       | mirror           | 2",
        "icnn:2,2,2+bias  | mirror           | 2",
        "icnn:1,1,1       | mirror           | 1",
    })
    void findsEveryCountedLawAndCertifiesCompleteness(String model, String flow, int count) throws Exception {
        Model m = ModelSpec.parse(model).build(Limits.DEFAULT);
        Flow f = FlowSpec.parse(flow);
        SearchResult result = LawSearch.search(m, f, SearchOptions.defaults());
        assertEquals(count, result.count().count());
        assertEquals(count, result.laws().size(), result.certificate());
        assertTrue(result.complete());
        assertTrue(result.certificate().startsWith("complete: " + count + " independent polynomial law"),
                result.certificate());
        for (FoundLaw law : result.laws()) {
            Law parsed = LawParser.parse(law.expression(), m, f);
            assertEquals(List.of(law.polynomial()), parsed.polynomials(), "the expression reads back: " + law);
            assertTrue(LawVerifier.verify(parsed, m, f, Limits.DEFAULT).conserved(), law.expression());
        }
    }

    @Test
    void momentumLawsCarryTheTimeFactorTheFrictionDemands() throws Exception {
        assertTrue(search("linear:2,2,2", "momentum:tau=1/2", 3).laws().get(0).expression().startsWith("exp(tau*t)*("));
        FoundLaw frictionless = search("linear:2,2,2", "momentum", 3).laws().get(0);
        assertEquals(2, frictionless.degree(), frictionless.expression());
        assertFalse(frictionless.expression().contains("t*"), frictionless.expression());
    }

    @Test
    void aCapTooLowLeavesAnHonestGap() throws Exception {
        // x1² − x2² and x1² − x3² need degree 2
        SearchResult result = search("product:3", "gf", 1);
        assertEquals(2, result.count().count());
        assertFalse(result.complete());
        assertTrue(result.certificate().startsWith(
                "incomplete: 0 independent polynomial laws verified exactly, 2 laws"),
                result.certificate());
        assertTrue(result.certificate().endsWith("2 laws are missing: every polynomial of degree ≤ 1 was searched, so"
                + " they need a higher degree or are not polynomial"), result.certificate());
    }

    @Test
    void blocksAboveTheSizeLimitAreSkippedAndSaidToBe() throws Exception {
        SearchResult result = LawSearch.search(ModelSpec.parse("product:3").build(Limits.DEFAULT), FlowSpec.parse("gf"),
                new SearchOptions(2, 5, CountOptions.defaults()));
        assertEquals(List.of("degrees in (x): [2] (6 unknowns)"), result.skipped());
        assertFalse(result.exhaustive());
        assertTrue(result.certificate().endsWith("2 laws are missing: every polynomial of degree ≤ 2 was searched except"
                + " 1 block(s) above the size limit, so they lie in a skipped block, need a higher degree or are not"
                + " polynomial"),
                result.certificate());
    }

    @Test
    void theSearchReachesNesterovsDegreeFiveLaw() throws Exception {
        FoundLaw law = search("linear:2,2,2", "nesterov", 5).laws().get(0);
        assertEquals(5, law.degree());
        assertTrue(law.expression().startsWith("t^3*("), law.expression());
    }

    @Test
    void nesterovsCubicTimeFactorIsRecognisedBeyondTheDegreeBound() throws Exception {
        // t³·skew(…) has degree 5: the search up to degree 2 misses it, the family verifies it
        SearchResult result = search("linear:2,2,2", "nesterov", 2);
        assertEquals(List.of(), result.laws());
        assertEquals(List.of(new LawFamily("t^3*skew(U1^T*U1' + U2*U2'^T)", "t³·skew(U1ᵀ·U1′ + U2·U2′ᵀ)",
                "rotations between U1 and U2, time factor t^3", 1, "U1 ↦ U1·X, U2 ↦ −X·U2, X antisymmetric",
                "c(t)·⟨θ', Aθ⟩ with A antisymmetric: isometries")), result.recognition().families());
        assertTrue(result.complete(), result.certificate());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "linear:2,3,2,2   | gf               | U1^T*U1 - U2*U2^T; U2^T*U2 - U3*U3^T",
        "linear:2,3,2,2   | natural          | U1^T*U1 - U2*U2^T; U2^T*U2 - U3*U3^T",
        "linear:2,3,2,2   | momentum         | skew(U1^T*U1' + U2*U2'^T); skew(U2^T*U2' + U3*U3'^T)",
        "linear:2,3,2,2   | momentum:tau=1/2 | exp(tau*t)*skew(U1^T*U1' + U2*U2'^T); "
                + "exp(tau*t)*skew(U2^T*U2' + U3*U3'^T)",
        "relu:3,4,2+bias  | gf               | norm2(U2, rows) + norm2(b1, rows) - norm2(U1, cols)^T",
        "relu:2,2,3,2     | gf               | norm2(U2, rows) - norm2(U1, cols)^T; "
                + "norm2(U3, rows) - norm2(U2, cols)^T",
        "nmf:3,3,3        | mirror           | sum(U, cols)^T - sum(V, rows)",
        "icnn:2,2,2+bias  | mirror           | sum(U, cols)^T - 1/2*(norm2(V, rows) + norm2(b, rows))",
        "icnn:2,2,2       | mirror           | sum(U, cols)^T - 1/2*(norm2(V, rows))",
    })
    void builtInLawsAreGroupedIntoTheirKnownFamilies(String model, String flow, String families) throws Exception {
        SearchResult result = search(model, flow, 3);
        assertEquals(List.of(families.split("; ")),
                result.recognition().families().stream().map(LawFamily::expression).toList());
        assertEquals(List.of(), result.recognition().outside());
        assertEquals(result.count().count(), result.recognition().families().stream().mapToInt(LawFamily::laws).sum());
        String generators = expectedGenerators(flow);
        result.recognition().families().forEach(family -> assertEquals(generators, family.generators()));
    }

    /** Noether's correspondence, as the laws themselves show it. */
    private static String expectedGenerators(String flow) {
        return flow.startsWith("momentum") ? "c(t)·⟨θ', Aθ⟩ with A antisymmetric: isometries"
                : flow.startsWith("mirror") ? "mirror geometry: outside the Euclidean correspondence"
                : "½⟨θ, Aθ⟩ with A = the Hessian, symmetric";
    }

    @Test
    void lawsOutsideEveryFamilyAreSaidToBe() throws Exception {
        SearchResult result = search("product:3", "gf", 2);
        assertEquals(List.of(), result.recognition().families());
        assertEquals(result.laws(), result.recognition().outside());
    }

    @Test
    void aRandomCubicHasLawsButNoPolynomialOnes() throws Exception {
        // one generic gradient field in 5 variables: the Lie algebra is that field alone, so 4 laws,
        // but a generic cubic has no polynomial first integrals of low degree
        ModelBuilder builder = Model.builder("cubic");
        PolynomialMatrix x = builder.block("x", 5, 1);
        SplittableRandom random = new SplittableRandom(3);
        Polynomial cubic = Polynomial.ZERO;
        for (int i = 0; i < 5; i++) {
            for (int j = i; j < 5; j++) {
                for (int k = j; k < 5; k++) {
                    cubic = cubic.plus(Polynomial.term(new BigFraction(random.nextInt(-9, 10)), Monomial.of(i, j, k)));
                }
            }
        }
        Model model = builder.output(cubic.plus(x.entry(0, 0))).build();
        SearchResult result = LawSearch.search(model, FlowSpec.parse("gf"), SearchOptions.defaults().withMaxDegree(3));
        assertEquals(4, result.count().count());
        assertEquals(0, result.laws().size());
        assertTrue(result.exhaustive());
        assertTrue(result.certificate().contains("4 laws are missing: every polynomial of degree ≤ 3 was searched"),
                result.certificate());
    }

    @Test
    void laTeXNamesBlocksWithSubscripts() throws Exception {
        String latex = search("linear:2,2,2", "momentum:tau=1", 3).laws().get(0).latex();
        assertTrue(latex.startsWith("e^{\\tau t} ("), latex);
        assertTrue(latex.contains(" (U_{1})_{1,2} (\\dot U_{1})_{1,1}"), latex);
        assertFalse(latex.contains("*") || latex.contains("'") || latex.contains("["), latex);
    }

    private static SearchResult search(String model, String flow, int degree) throws Exception {
        return LawSearch.search(ModelSpec.parse(model).build(Limits.DEFAULT), FlowSpec.parse(flow),
                SearchOptions.defaults().withMaxDegree(degree));
    }
}
