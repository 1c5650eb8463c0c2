/**
 * Verdicts on claimed laws (docs/ALGORITHMS.md §13): {@link org.lawkeeper.harness.check.DriftCheck} judges the drift
 * of a law along one trajectory against the integrator's error estimate, so that a true law is never
 * reported violated.
 */
package org.lawkeeper.harness.check;
