package org.lawkeeper.core.verify;

import org.lawkeeper.core.polynomial.Polynomial;

/**
 * Decides whether a polynomial h in the flow's state is conserved, ⟨∇h, χ⟩ ≡ 0 for every generating field:
 * as a polynomial identity for polynomial fields of moderate size, by evaluation modulo primes for a
 * network's data-indexed fields and for polynomial fields too large to expand ({@link LawVerifier#test}).
 */
@FunctionalInterface
public interface ConservationTest {

    boolean isConserved(Polynomial h);

    /** How the verdicts are reached, for certificates: {@code exactly}, or by sampling modulo which primes. */
    default String method() {
        return "exactly";
    }
}
