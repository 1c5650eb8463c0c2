/**
 * Lawkeeper's analysis core: counts, finds, verifies and explains the conservation laws of training
 * dynamics (docs/THEORY.md). This package holds what every part shares: cancellation, limits and the
 * exceptions whose messages are shown to users as they are.
 *
 * <p>Public: {@code model}, {@code flow}, {@code polynomial}, {@code law}, {@code count}, {@code verify},
 * {@code search}, {@code explain} and the facade {@code analysis}. Internal (not exported): {@code jet},
 * {@code linalg}, {@code field}.
 */
package org.lawkeeper.core;
