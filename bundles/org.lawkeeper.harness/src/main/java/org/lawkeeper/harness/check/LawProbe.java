package org.lawkeeper.harness.check;

import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.law.Law;

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
    static LawProbe of(Law law, Flow flow) {
        return law.isPolynomial() ? new PolynomialProbe(law, flow) : new DifferenceProbe(law, flow.hasMomentum());
    }
}
