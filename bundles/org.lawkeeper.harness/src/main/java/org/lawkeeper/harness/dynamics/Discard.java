package org.lawkeeper.harness.dynamics;

import java.util.Locale;

/**
 * Why a trial was thrown away rather than judged: the dynamics could not be followed to the horizon,
 * which says nothing about the law.
 *
 * @param reason the kind of failure
 * @param detail one line for reports, e.g. {@code |θ| reached 1.2e9 at t = 3.1}
 */
public record Discard(Reason reason, String detail) {

    /** Kinds of discarded trials. */
    public enum Reason {
        /** The state grew beyond the divergence bound. */
        DIVERGED,
        /** A NaN or an infinity appeared. */
        NOT_FINITE,
        /** The step size fell below the integrator's minimum: stiff or near-singular dynamics. */
        STIFF,
        /** The integrator used up its evaluation budget. */
        TOO_MANY_EVALUATIONS,
        /** The state left the flow's domain (positivity of mirror flows). */
        LEFT_DOMAIN,
        /** The drift neither settled nor shrank with the tolerance: no verdict possible. */
        INCONCLUSIVE;

        /** The reason in words, e.g. {@code too many evaluations}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    @Override
    public String toString() {
        return reason.label() + ": " + detail;
    }
}
