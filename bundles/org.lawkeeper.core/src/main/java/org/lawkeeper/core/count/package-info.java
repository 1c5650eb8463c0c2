/**
 * Counting the independent laws: state dimension minus the rank of the generated Lie algebra at a
 * random point, exactly modulo two primes or in floating point (docs/ALGORITHMS.md, "Counting").
 */
package org.lawkeeper.core.count;
