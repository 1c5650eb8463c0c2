package org.lawkeeper.claims.evidence;

import java.time.Duration;

/**
 * How hard the harness tries for evidence.
 *
 * @param tries     random trajectories
 * @param seed      the seed of the first trajectory
 * @param budget    the time budget
 * @param tolerance the relative tolerance of the integrator
 */
public record EvidenceSettings(int tries, long seed, Duration budget, double tolerance) {
}
