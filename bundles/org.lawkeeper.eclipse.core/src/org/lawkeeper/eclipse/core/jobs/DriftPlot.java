package org.lawkeeper.eclipse.core.jobs;

/**
 * A drift series to draw: h(t) − h(0) of a law along one trajectory.
 *
 * @param flow     the flow
 * @param law      the law as written
 * @param entry    the entry that drifts most ({@code ""} for a scalar law)
 * @param seed     the seed of the trajectory
 * @param times    sample times
 * @param drift    the drift at each sample
 * @param maxDrift max |drift|
 */
public record DriftPlot(String flow, String law, String entry, long seed, double[] times, double[] drift,
        double maxDrift) {

    public DriftPlot {
        times = times.clone();
        drift = drift.clone();
    }
}
