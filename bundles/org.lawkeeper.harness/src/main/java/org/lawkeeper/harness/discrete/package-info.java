/**
 * Discrete optimisers (gradient descent, heavy ball, Nesterov, mirror descent, Adam) and the scaling of a
 * law's drift with their step size.
 */
package org.lawkeeper.harness.discrete;
