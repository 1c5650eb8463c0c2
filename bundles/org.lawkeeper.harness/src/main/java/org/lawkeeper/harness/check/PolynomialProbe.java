package org.lawkeeper.harness.check;

import java.util.Arrays;
import java.util.List;
import org.hipparchus.fraction.BigFraction;
import org.lawkeeper.core.law.Law;
import org.lawkeeper.core.law.StateLayout;
import org.lawkeeper.core.polynomial.Polynomial;

/**
 * A polynomial law compiled for double precision in the flow's state coordinates ({@link StateLayout}: θ,
 * (s = e^{λt}, θ) under weight decay λ, or (c, θ, θ') with c = t, or s = e^{τt} for constant friction τ ≠ 0).
 * Besides the values it computes exactly what the verdict needs: the 1-norm of each entry's gradient over the
 * integrated coordinates (a rigorous first-order bound on |Δh| per unit max-norm state error; time is exact
 * and left out) and the sum of the absolute values of the terms. Constant terms are left out of all of it: they
 * never change along a trajectory, so they cannot drift, and counted in they would only widen the rounding
 * floor (a law {@code U1[1,1] + 10000000000000} would pass for conserved) and add rounding of their own.
 */
final class PolynomialProbe implements LawProbe {
    private final StateLayout layout;
    /** r of s = e^{rt} when the time coordinate is exponential, NaN when it is t itself. */
    private final double rate;
    private final int[][][] variables;
    private final double[][] coefficients;
    private double[] state;
    private double[] gradient;

    PolynomialProbe(Law law, StateLayout layout) {
        this.layout = layout;
        this.rate = layout.timeRate().map(BigFraction::doubleValue).orElse(Double.NaN);
        List<Polynomial> entries = law.polynomials();
        variables = new int[entries.size()][][];
        coefficients = new double[entries.size()][];
        for (int k = 0; k < entries.size(); k++) {
            int terms = entries.get(k).termCount();
            variables[k] = new int[terms][];
            coefficients[k] = new double[terms];
            int[] at = {0};
            int entry = k;
            entries.get(k).forEachTerm((monomial, c) -> {
                if (monomial.variables().length > 0) {
                    variables[entry][at[0]] = monomial.variables();
                    coefficients[entry][at[0]++] = c.doubleValue();
                }
            });
            variables[k] = Arrays.copyOf(variables[k], at[0]);
            coefficients[k] = Arrays.copyOf(coefficients[k], at[0]);
        }
    }

    @Override
    public Measurement measure(double time, double[] theta, double[] velocity) {
        fillState(time, theta, velocity);
        double[] values = new double[variables.length];
        double sensitivity = 0;
        double magnitude = 0;
        int first = layout.hasTime() ? 1 : 0;
        double size = 0;
        for (int j = first; j < state.length; j++) {
            size = Math.max(size, Math.abs(state[j]));
        }
        for (int k = 0; k < variables.length; k++) {
            Arrays.fill(gradient, 0);
            double sum = 0;
            double absolute = 0;
            for (int t = 0; t < variables[k].length; t++) {
                int[] vars = variables[k][t];
                double product = coefficients[k][t];
                for (int v : vars) {
                    product *= state[v];
                }
                sum += product;
                absolute += Math.abs(product);
                for (int i = 0; i < vars.length; i++) {
                    double partial = coefficients[k][t];
                    for (int j = 0; j < vars.length; j++) {
                        partial *= i == j ? 1 : state[vars[j]];
                    }
                    gradient[vars[i]] += partial;
                }
            }
            double norm = 0;
            for (int j = first; j < gradient.length; j++) {
                norm += Math.abs(gradient[j]);
            }
            values[k] = sum;
            sensitivity = Math.max(sensitivity, norm);
            magnitude = Math.max(magnitude, absolute);
        }
        return new Measurement(values, sensitivity, magnitude, magnitude + sensitivity * size);
    }

    private void fillState(double time, double[] theta, double[] velocity) {
        int n = theta.length;
        if (state == null) {
            state = new double[layout.dimension()];
            gradient = new double[state.length];
        }
        if (!layout.hasTime()) {
            System.arraycopy(theta, 0, state, 0, n);
            return;
        }
        state[0] = Double.isNaN(rate) ? time : Math.exp(rate * time);
        System.arraycopy(theta, 0, state, 1, n);
        if (layout.hasMomentum()) {
            System.arraycopy(velocity, 0, state, 1 + n, n);
        }
    }
}
