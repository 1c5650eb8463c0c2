package org.lawkeeper.eclipse.core.analysis;

import java.time.Duration;

/**
 * The knobs of one analysis, read from the workspace or project preferences.
 *
 * @param budget    the time budget per count
 * @param seed      the seed of the random points of the count
 * @param tolerance the relative tolerance of floating-point ranks and drift checks
 * @param tries     random trajectories per drift check
 * @param onSave    whether claims are checked by every build or only on demand
 */
public record AnalysisSettings(Duration budget, long seed, double tolerance, int tries, boolean onSave) {

    /** What distinguishes two settings for the cache. */
    String key() {
        return budget.toMillis() + "/" + seed + "/" + tolerance + "/" + tries;
    }
}
