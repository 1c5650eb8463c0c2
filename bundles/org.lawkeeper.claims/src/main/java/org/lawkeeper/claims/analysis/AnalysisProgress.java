package org.lawkeeper.claims.analysis;

import org.lawkeeper.core.count.CountProgress;

/**
 * Hears how the counts of an analysis advance (see {@link CountProgress}): what an IDE's progress monitor shows
 * while a large model is analysed. Called on the analysing thread; keep it quick.
 */
@FunctionalInterface
public interface AnalysisProgress {

    /** Hears nothing. */
    AnalysisProgress NONE = (model, flow, step) -> {
    };

    /** The count of {@code model} under {@code flow} (as the claim writes it) has reached {@code step}. */
    void counting(String model, String flow, CountProgress.Step step);
}
