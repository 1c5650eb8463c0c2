package org.lawkeeper.core.verify;

import org.lawkeeper.core.polynomial.Polynomial;

/**
 * Decides whether a polynomial h in the flow's state is conserved, ⟨∇h, χ⟩ ≡ 0 for every generating field:
 * as a polynomial identity for polynomial fields, by evaluation modulo primes for a network's
 * data-indexed fields ({@link LawVerifier#test}).
 */
@FunctionalInterface
public interface ConservationTest {

    boolean isConserved(Polynomial h);
}
