package org.lawkeeper.claims.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lawkeeper.claims.custom.CustomModels;
import org.lawkeeper.claims.scan.Declaration;
import org.lawkeeper.claims.scan.DeclarationScanner;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.analysis.ClaimStatus;

/** Deciding a declaration: failures stay with their claim or model; the cache keys on what decides a result. */
class DeclarationAnalyzerTest {
    private static final String MODEL = """
            @LawModel("linear:2,2,2")
            @Conserves(flow = "gf", law = "U1^T*U1 - U2*U2^T")
            class A {}
            """;

    private static AnalysisSettings settings(long seed, boolean fixed) {
        return new AnalysisSettings(Duration.ofSeconds(30), seed, fixed, 1e-9, 5);
    }

    private static DeclarationResult analyse(String source, AnalysisCache cache, AnalysisSettings settings,
            CustomModels custom) throws Exception {
        Declaration declaration = DeclarationScanner.scan(source).get(0);
        return new DeclarationAnalyzer(cache, settings, Cancellation.none(), custom, Limits.DEFAULT).analyse(declaration);
    }

    /** The analysis of a custom model whose definition fails with {@code custom}'s failure. */
    private static DeclarationResult crashed(CustomModels custom) throws Exception {
        String source = """
                @LawModel
                @Conserves(flow = "gf", law = "x[1]")
                class Crash implements ModelDefinition {}
                """;
        return analyse(source, new AnalysisCache(), settings(1, true), custom);
    }

    @Test
    void aCustomModelThatCrashesTheAnalysisBecomesItsProblem() throws Exception {
        DeclarationResult result = crashed(declaration -> {
            throw new StackOverflowError("deep");
        });
        assertEquals("Analysis failed (model): StackOverflowError: deep", result.modelProblem());
        assertTrue(result.modelError());
    }

    @Test
    void anyFailureOfTheModelBecomesItsProblemInOneShortLine() throws Exception {
        assertEquals("Analysis failed (model): NoClassDefFoundError: models/Missing", crashed(declaration -> {
            throw new NoClassDefFoundError("models/Missing\n" + "at a frame\n".repeat(1000));
        }).modelProblem());
        String longMessage = crashed(declaration -> {
            throw new IllegalStateException("x".repeat(100_000));
        }).modelProblem();
        assertTrue(longMessage.length() < 300 && longMessage.endsWith("x…"), longMessage);
    }

    /** A claim that breaks the analysis (a deep law once overflowed the parser's stack) is decided alone. */
    @Test
    void aHostileClaimEndsAsItsOwnResultAndTheOthersAreDecided() throws Exception {
        String hostile = "U1[1,1]" + "+1".repeat(20_000);
        String source = MODEL.replace("class A", "@Conserves(flow = \"gf\", law = \"" + hostile + "\")\nclass A");
        DeclarationResult result = analyse(source, new AnalysisCache(), settings(1, true), declaration -> {
            throw new AssertionError();
        });
        assertEquals(ClaimStatus.CONSERVED, result.claims().get(0).outcome().status());
        Outcome outcome = result.claims().get(1).outcome();
        assertNotEquals(ClaimStatus.CONSERVED, outcome.status());
        assertTrue(outcome.message().lines().count() == 1 && outcome.message().length() < 400, outcome.message());
    }

    @Test
    void randomSeedsShareResultsFixedSeedsDoNot() throws Exception {
        AnalysisCache cache = new AnalysisCache();
        CustomModels none = declaration -> {
            throw new AssertionError();
        };
        DeclarationResult first = analyse(MODEL, cache, settings(1, false), none);
        assertEquals(ClaimStatus.CONSERVED, first.claims().get(0).outcome().status());
        long computed = cache.computations();
        analyse(MODEL, cache, settings(2, false), none);
        assertEquals(computed, cache.computations(), "a random seed is any seed: the results of another one serve");
        analyse(MODEL, cache, settings(2, true), none);
        assertEquals(2 * computed, cache.computations(), "a chosen seed decides its results");
    }

    @Test
    void theCacheIsBounded() throws Exception {
        AnalysisCache cache = new AnalysisCache(3);
        for (int seed = 0; seed < 10; seed++) {
            analyse(MODEL, cache, settings(seed, true), declaration -> {
                throw new AssertionError();
            });
        }
        assertEquals(3, cache.size());
    }

    @Test
    void theCountsOfAnAnalysisAreHeardAsTheyAdvance() throws Exception {
        List<String> heard = new ArrayList<>();
        Declaration declaration = DeclarationScanner.scan(MODEL).get(0);
        new DeclarationAnalyzer(new AnalysisCache(), settings(1, true), Cancellation.none(), d -> {
            throw new AssertionError("not a custom model");
        }, Limits.DEFAULT).withProgress((model, flow, step) -> heard.add(model + " under " + flow + ": rank "
                + step.rank() + " of " + step.dimension())).analyse(declaration);
        assertFalse(heard.isEmpty());
        // linear:2,2,2 has state dimension 8 and 3 laws under gf: its rank climbs to 5
        assertEquals("linear:2,2,2 under gf: rank 5 of 8", heard.get(heard.size() - 1));
    }
}
