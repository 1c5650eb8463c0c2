package org.lawkeeper.harness.check;

import org.lawkeeper.core.law.Law;
import org.lawkeeper.core.law.StateLayout;

/**
 * Measures a law at one state: its entries, how strongly they react to an error in the state, and the
 * magnitude of their terms (what rounding errors are relative to).
 */
interface LawProbe {

    /**
     * @param values      the law's entries h_k
     * @param sensitivity a bound on max_k |Δh_k| per unit max-norm error of the integrated state
     * @param magnitude   max_k of the sum of the absolute values of h_k's terms
     */
    record Measurement(double[] values, double sensitivity, double magnitude) {
    }

    Measurement measure(double time, double[] theta, double[] velocity);

    /** The exact probe for polynomial laws, a finite-difference estimate otherwise. */
    static LawProbe of(Law law, StateLayout layout) {
        return law.isPolynomial() ? new PolynomialProbe(law, layout) : new DifferenceProbe(law, layout.hasMomentum());
    }
}
