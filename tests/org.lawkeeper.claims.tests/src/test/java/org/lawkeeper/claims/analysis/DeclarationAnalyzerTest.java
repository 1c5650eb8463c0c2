package org.lawkeeper.claims.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
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

    @Test
    void aCustomModelThatCrashesTheAnalysisBecomesItsProblem() throws Exception {
        String source = """
                @LawModel
                @Conserves(flow = "gf", law = "x[1]")
                class Crash implements ModelDefinition {}
                """;
        DeclarationResult result = analyse(source, new AnalysisCache(), settings(1, true), declaration -> {
            throw new StackOverflowError("deep");
        });
        assertEquals("Analysis failed (model): StackOverflowError: deep", result.modelProblem());
        assertTrue(result.modelError());
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
}
