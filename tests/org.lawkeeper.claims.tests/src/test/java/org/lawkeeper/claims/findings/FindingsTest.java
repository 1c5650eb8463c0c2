package org.lawkeeper.claims.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lawkeeper.claims.analysis.AnalysisCache;
import org.lawkeeper.claims.analysis.AnalysisSettings;
import org.lawkeeper.claims.analysis.DeclarationAnalyzer;
import org.lawkeeper.claims.analysis.DeclarationResult;
import org.lawkeeper.claims.findings.Finding.Kind;
import org.lawkeeper.claims.findings.Finding.Severity;
import org.lawkeeper.claims.scan.Declaration;
import org.lawkeeper.claims.scan.DeclarationScanner;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.analysis.HoldingLaw;
import org.lawkeeper.core.count.CountOptions;

/** From a source file to what its markers and reports show: the decisions, without any IDE. */
class FindingsTest {
    static final AnalysisSettings SETTINGS = new AnalysisSettings(Duration.ofSeconds(30), CountOptions.DEFAULT_SEED,
            true, 1e-9, 5);
    private static final String SOURCE = """
            package models;

            @LawModel("linear:2,3,2")
            @Conserves(flow = "gf", law = "U1^T*U1 - U2*U2^T")
            @Conserves(flow = "momentum", law = "U1^T*U1 - U2*U2^T")
            class Deep {}

            @LawModel("linear:2,3,2")
            @Conserves(flow = "gf", law = "U1^T*W")
            class Misspelt {}

            @LawModel("nonsense:1")
            class Unknown {}

            @LawModel("linear:100,100,100")
            class Huge {}
            """;

    private static List<Finding> findings;

    @BeforeAll
    static void analyse() throws Exception {
        findings = findings(SOURCE);
    }

    private static List<Finding> findings(String source) throws Exception {
        DeclarationAnalyzer analyzer = new DeclarationAnalyzer(new AnalysisCache(), SETTINGS, Cancellation.none(),
                declaration -> {
                    throw new AssertionError("no custom model here");
                }, Limits.DEFAULT);
        List<DeclarationResult> results = new ArrayList<>();
        for (Declaration declaration : DeclarationScanner.scan(source)) {
            results.add(analyzer.analyse(declaration));
        }
        return Findings.of(source, results);
    }

    private static Finding at(int line, Kind kind) {
        return findings.stream().filter(f -> f.location().line() == line && f.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " at line " + line + " in " + findings));
    }

    @Test
    void everyClaimAndModelHasItsFinding() {
        assertEquals(List.of("4 CONSERVED NONE", "5 VIOLATED ERROR", "5 INCOMPLETE INFO", "9 MALFORMED ERROR", "9 INCOMPLETE INFO",
                "12 MODEL ERROR", "15 MODEL WARNING"), findings.stream()
                .map(f -> f.location().line() + " " + f.kind() + " " + f.severity()).toList());
    }

    @Test
    void aConservedClaimIsCertified() {
        Finding conserved = at(4, Kind.CONSERVED);
        assertEquals("Conserved under gf (certified: ⟨∇h, χ_i⟩ ≡ 0 as a polynomial identity for 6 entries and all 4 "
                + "generating fields)", conserved.message());
        assertEquals(SOURCE.indexOf("@Conserves(flow = \"gf\""), conserved.location().start());
        assertEquals(List.of(), conserved.laws());
    }

    @Test
    void aViolatedClaimCarriesEvidenceAndTheLawsThatHold() {
        Finding violated = at(5, Kind.VIOLATED);
        assertTrue(violated.message().matches("Violated under momentum: drift \\d\\.\\de-\\d\\d at t = \\d\\.\\d\\d on "
                + "linear:1,1,1 \\(seed -?\\d+\\); exact: entry \\[1,1\\] changes along the drift χ_0: .*"),
                violated.message());
        assertEquals(List.of("skew(U1^T*U1' + U2*U2'^T)"), violated.laws().stream().map(HoldingLaw::expression).toList());
        assertTrue(violated.details().contains("\nLaws that hold under momentum:\n  skew(U1ᵀ·U1′ + U2·U2′ᵀ) = const"),
                violated.details());
        assertTrue(violated.fixable(ClaimFixes.Action.REPLACE) && violated.fixable(ClaimFixes.Action.REMOVE));
    }

    @Test
    void aViolatedClaimIsNotReplacedByACopyOfAConservedOne() throws Exception {
        List<Finding> claimed = findings("""
                @LawModel("linear:2,3,2")
                @Conserves(flow = "gf", law = "U1^T*U1 - U2*U2^T")
                @Conserves(flow = "gf", law = "U1^T*U1")
                class Claimed {}
                """);
        Finding violated = claimed.stream().filter(f -> f.kind() == Kind.VIOLATED).findFirst().orElseThrow();
        assertEquals(List.of(), violated.laws(), "every law that holds is claimed already");
        assertTrue(!violated.fixable(ClaimFixes.Action.REPLACE) && violated.fixable(ClaimFixes.Action.REMOVE));
    }

    @Test
    void missingLawsAreOffered() {
        Finding incomplete = at(5, Kind.INCOMPLETE);
        assertEquals("3 laws exist under momentum, you claimed 0", incomplete.message());
        assertEquals(List.of("skew(U1^T*U1' + U2*U2'^T)"), incomplete.laws().stream().map(HoldingLaw::expression).toList());
        assertTrue(incomplete.fixable(ClaimFixes.Action.ADD));
    }

    @Test
    void aMalformedLawPointsAtItsColumn() {
        Finding malformed = at(9, Kind.MALFORMED);
        assertEquals("W", SOURCE.substring(malformed.location().start(), malformed.location().start()
                + malformed.location().length()));
        assertEquals("Malformed law under gf: column 6: unknown block 'W' (blocks of linear:2,3,2: U1, U2)",
                malformed.message());
    }

    @Test
    void modelsThatCannotBeAnalysedSayWhy() {
        assertTrue(at(12, Kind.MODEL).message().startsWith("Malformed model spec: unknown model kind 'nonsense'"));
        Finding tooLarge = at(15, Kind.MODEL);
        assertEquals("linear:100,100,100 is too large to analyse: model linear:100,100,100 has state dimension 20000, "
                + "above the limit 4000", tooLarge.message());
        assertEquals(Severity.WARNING, tooLarge.severity());
        assertEquals(Severity.ERROR, at(12, Kind.MODEL).severity());
    }

    @Test
    void aModelAnalysedElsewhereIsNewsNotAProblem() {
        Declaration declaration = DeclarationScanner.scan("""
                @LawModel("linear:100,100,100")
                class Wide {}
                """).get(0);
        List<Finding> pending = Findings.of("", List.of(DeclarationResult.pending(declaration, "linear:100,100,100",
                "being analysed in the background")));
        assertEquals(1, pending.size());
        assertEquals(Severity.INFO, pending.get(0).severity());
        assertEquals("being analysed in the background", pending.get(0).message());
    }
}
