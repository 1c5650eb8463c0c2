package org.lawkeeper.harness.dynamics;

import java.util.Optional;

/**
 * How one integration ended.
 *
 * @param endTime     the time reached (the horizon unless discarded)
 * @param steps       accepted steps
 * @param evaluations evaluations of the flow's field
 * @param discard     why the trajectory was abandoned, if it was
 */
public record Integration(double endTime, int steps, int evaluations, Optional<Discard> discard) {

    /** Whether the trajectory reached its horizon. */
    public boolean completed() {
        return discard.isEmpty();
    }
}
