package org.lawkeeper.harness.dynamics;

/**
 * Error tolerances of the adaptive integrator: each step keeps its local error estimate below
 * {@code absolute + relative·|y|} per component.
 */
public record Tolerances(double relative, double absolute) {
    /** Tight enough that a true law's drift is far below the drift of any false law of practice. */
    public static final Tolerances DEFAULT = new Tolerances(1e-8, 1e-10);

    public Tolerances {
        if (!(relative > 0 && relative < 1) || !(absolute > 0)) {
            throw new IllegalArgumentException("tolerances must be positive (relative below 1), not "
                    + relative + ", " + absolute);
        }
    }

    /** Both tolerances times {@code factor}. */
    public Tolerances scaled(double factor) {
        return new Tolerances(relative * factor, absolute * factor);
    }
}
