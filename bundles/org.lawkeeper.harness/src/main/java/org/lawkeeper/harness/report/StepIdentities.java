package org.lawkeeper.harness.report;

import java.util.List;
import org.lawkeeper.harness.discrete.StepIdentity;

/**
 * The exact identity of a law under discrete steps, checked on the first trials of a run
 * (docs/ALGORITHMS.md §18).
 *
 * @param identity   the identity as a formula
 * @param step       the step size η
 * @param steps      steps per trial
 * @param optimisers one summary per optimiser, in the order checked
 */
public record StepIdentities(String identity, double step, int steps, List<StepIdentity.Summary> optimisers) {

    public StepIdentities {
        optimisers = List.copyOf(optimisers);
    }
}
