package org.lawkeeper.harness.check;

import org.lawkeeper.harness.dynamics.Discard;

/** What one trial says about a claimed law. */
public sealed interface TrialVerdict {

    /**
     * The drift stayed within what integration error explains.
     *
     * @param drift   max_t max_k |h_k(t) − h_k(0)|
     * @param allowed the bound it was judged against
     */
    record Conserved(double drift, double allowed) implements TrialVerdict {
    }

    /**
     * The drift exceeds any integration error and does not shrink when the tolerance is tightened.
     *
     * @param entry the law entry that drifted most, e.g. {@code [1,2]}
     * @param time  when its drift was largest
     */
    record Violated(double drift, double allowed, String entry, double time) implements TrialVerdict {
    }

    /** No verdict: the dynamics could not be followed, or the drift did not settle. */
    record Discarded(Discard discard) implements TrialVerdict {
    }
}
