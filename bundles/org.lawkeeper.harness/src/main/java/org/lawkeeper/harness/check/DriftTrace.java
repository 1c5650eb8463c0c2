package org.lawkeeper.harness.check;

/**
 * The drift of a law along one trajectory, sample by sample: {@code drift[i]} is the signed
 * h_k(t_i) − h_k(0) of the entry k that drifts most over the whole run.
 */
public record DriftTrace(String entry, double[] times, double[] drift) {

    public DriftTrace {
        if (times.length != drift.length) {
            throw new IllegalArgumentException("times and drifts differ in length");
        }
        times = times.clone();
        drift = drift.clone();
    }

    /** max_i |drift[i]|. */
    public double maxDrift() {
        double max = 0;
        for (double d : drift) {
            max = Math.max(max, Math.abs(d));
        }
        return max;
    }
}
