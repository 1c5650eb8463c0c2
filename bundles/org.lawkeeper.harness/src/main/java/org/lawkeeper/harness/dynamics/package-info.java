/**
 * The flows of docs/THEORY.md §4 as Hipparchus systems ({@link org.lawkeeper.harness.dynamics.FlowSystem}) on a
 * model and a loss, and their integration with error estimates, divergence and stiffness detection
 * ({@link org.lawkeeper.harness.dynamics.FlowIntegrator}).
 */
package org.lawkeeper.harness.dynamics;
