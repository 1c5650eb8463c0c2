package org.lawkeeper.report;

import java.time.Duration;
import org.lawkeeper.claims.analysis.AnalysisSettings;
import org.lawkeeper.claims.custom.CustomModels;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.Limits;

/**
 * How a check decides claims.
 *
 * @param settings     tries, time budget, tolerance and seed, as the IDE's preferences give them
 * @param limits       the largest models analysed
 * @param filter       the claims decided
 * @param customModels defines the models of {@code ModelDefinition} classes (in a child JVM)
 * @param cancellation stops the check
 */
public record CheckOptions(AnalysisSettings settings, Limits limits, ClaimFilter filter, CustomModels customModels,
        Cancellation cancellation) {

    /** The most trajectories a drift check may ask for. */
    public static final int MAX_TRIES = 1_000_000;

    /**
     * Settings with a fixed seed, so that a build decides the same way every time.
     *
     * @throws IllegalArgumentException naming the first value out of range
     */
    public static AnalysisSettings settings(int tries, Duration budget, double tolerance, long seed) {
        if (tries < 1 || tries > MAX_TRIES) {
            throw new IllegalArgumentException("tries must lie between 1 and " + MAX_TRIES + ", not " + tries);
        }
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("the time budget must be positive, not " + budget.toMillis() / 1000.0
                    + " s");
        }
        if (!(tolerance > 0 && tolerance < 1)) {
            throw new IllegalArgumentException("the tolerance must lie strictly between 0 and 1, not " + tolerance);
        }
        return new AnalysisSettings(budget, seed, true, tolerance, tries);
    }
}
