package org.lawkeeper.claims.evidence;

/**
 * The drift h(t) − h(0) of a law along one trajectory, as plain data for a plot.
 *
 * @param entry    the entry of the law that drifts most, e.g. {@code [1,2]} ({@code ""} for a scalar law)
 * @param times    the sample times
 * @param drift    the drift at each sample
 * @param maxDrift max |drift|
 */
public record DriftSeries(String entry, double[] times, double[] drift, double maxDrift) {

    public DriftSeries {
        times = times.clone();
        drift = drift.clone();
    }
}
