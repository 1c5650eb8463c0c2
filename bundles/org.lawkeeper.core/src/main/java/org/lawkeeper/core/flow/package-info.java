/** Training dynamics as values: gradient, mirror, natural-gradient, momentum and Nesterov flows, parsed from specs. */
package org.lawkeeper.core.flow;
