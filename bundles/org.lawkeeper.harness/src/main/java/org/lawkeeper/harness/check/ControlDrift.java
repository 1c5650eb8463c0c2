package org.lawkeeper.harness.check;

/**
 * How far a negative control moved along a trial (docs/ALGORITHMS.md §19).
 *
 * @param text    the control, {@code loss} or an expression
 * @param drift   max_t max_k |c_k(t) − c_k(0)|
 * @param allowed what integration error and rounding explain for it, as for a law
 */
public record ControlDrift(String text, double drift, double allowed) {

    /**
     * Whether the control clearly moved: its drift exceeds what integration error explains by the margin a
     * violation needs, so that a conserved quantity can never pass for a moving one.
     */
    public boolean moved() {
        return drift > DriftCheck.VIOLATION_MARGIN * allowed;
    }
}
