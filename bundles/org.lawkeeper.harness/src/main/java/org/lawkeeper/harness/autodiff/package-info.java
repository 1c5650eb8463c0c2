/**
 * Networks of the layer language in double precision: {@link org.lawkeeper.harness.autodiff.NetworkTape}
 * evaluates a network's forward pass and differentiates it in reverse mode (docs/ALGORITHMS.md §17), which
 * is how the harness trains networks that have no finite factorisation.
 */
package org.lawkeeper.harness.autodiff;
