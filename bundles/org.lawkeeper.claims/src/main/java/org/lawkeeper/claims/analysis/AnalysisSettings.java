package org.lawkeeper.claims.analysis;

import java.time.Duration;
import org.lawkeeper.claims.evidence.EvidenceSettings;

/**
 * The knobs of one analysis.
 *
 * @param budget    the time budget per count, search and drift check
 * @param seed      the seed of the random points, combinations and trials
 * @param fixedSeed whether the seed was chosen (then results are reproducible and cached per seed) or
 *                  drawn afresh (then any seed is as good, and cached results of another seed serve)
 * @param tolerance the relative tolerance of the drift checks' integrator
 * @param tries     random trajectories per drift check
 */
public record AnalysisSettings(Duration budget, long seed, boolean fixedSeed, double tolerance, int tries) {

    /** The same settings with another time budget. */
    public AnalysisSettings withBudget(Duration other) {
        return new AnalysisSettings(other, seed, fixedSeed, tolerance, tries);
    }

    /** The settings of the drift evidence. */
    public EvidenceSettings evidence() {
        return new EvidenceSettings(tries, seed, budget, tolerance);
    }

    /** What decides a result besides the model and the claim: the cache's key. */
    public String key() {
        return budget.toMillis() + "/" + (fixedSeed ? seed : "any") + "/" + tolerance + "/" + tries;
    }
}
