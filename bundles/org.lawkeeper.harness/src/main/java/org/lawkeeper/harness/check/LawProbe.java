package org.lawkeeper.harness.check;

import org.lawkeeper.core.law.Law;
import org.lawkeeper.core.law.StateLayout;

/**
 * Measures a law at one state: its entries, how strongly they react to an error in the state, the magnitude
 * of what was evaluated (what rounding errors are relative to) and the scale of the part that can vary.
 */
interface LawProbe {

    /**
     * @param values      the law's entries h_k
     * @param sensitivity a bound on max_k |Δh_k| per unit max-norm error of the integrated state
     * @param magnitude   max_k of the sum of the absolute values of the terms evaluated for h_k
     * @param scale       how large the part of h that can vary is at this state: the sum of its terms' absolute
     *                    values plus sensitivity × |state|_∞ (a constant term never counts, docs/ALGORITHMS.md §13.3)
     */
    record Measurement(double[] values, double sensitivity, double magnitude, double scale) {
    }

    Measurement measure(double time, double[] theta, double[] velocity);

    /** The exact probe for polynomial laws, a finite-difference estimate otherwise. */
    static LawProbe of(Law law, StateLayout layout) {
        return law.isPolynomial() ? new PolynomialProbe(law, layout) : new DifferenceProbe(law, layout.hasMomentum());
    }
}
