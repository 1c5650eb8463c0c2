package org.lawkeeper.harness.dynamics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.polynomial.Polynomial;

/**
 * Polynomials p_1..p_m in D variables compiled for double precision: their values, the pull-back
 * Jᵀw = Σ_i w_i ∇p_i, the Jacobian J = ∂p, and the magnitudes that rounding errors are relative to. A model's
 * factorisation φ compiled this way ({@link #factorisation}) is the predictor of every loss of φ
 * (∇L = Σ_i ∂ℓ/∂φ_i ∇φ_i). Terms are flattened into arrays once, so evaluation allocates nothing.
 */
public final class Polynomials_F64 implements Predictor {
    private final int parameterCount;
    private final int componentCount;
    private final int[] component;
    private final double[] coefficient;
    private final int[] variableStart;
    private final int[] variables;
    private final int roundingDepth;

    /** {@code polynomials} in the variables 0..{@code variableCount} − 1. */
    public Polynomials_F64(List<Polynomial> polynomials, int variableCount) {
        this.parameterCount = variableCount;
        this.componentCount = polynomials.size();
        List<int[]> monomials = new ArrayList<>();
        List<Double> coefficients = new ArrayList<>();
        List<Integer> components = new ArrayList<>();
        for (int i = 0; i < polynomials.size(); i++) {
            int index = i;
            polynomials.get(i).forEachTerm((m, c) -> {
                monomials.add(m.variables());
                coefficients.add(c.doubleValue());
                components.add(index);
            });
        }
        int terms = monomials.size();
        component = components.stream().mapToInt(Integer::intValue).toArray();
        coefficient = coefficients.stream().mapToDouble(Double::doubleValue).toArray();
        variableStart = new int[terms + 1];
        variables = new int[monomials.stream().mapToInt(v -> v.length).sum()];
        int at = 0;
        for (int t = 0; t < terms; t++) {
            variableStart[t] = at;
            for (int v : monomials.get(t)) {
                variables[at++] = v;
            }
        }
        variableStart[terms] = at;
        roundingDepth = terms + monomials.stream().mapToInt(v -> v.length).max().orElse(0) + 1;
    }

    /** The factorisation φ of {@code model}, in its D parameters. */
    public static Polynomials_F64 factorisation(Model model) {
        return new Polynomials_F64(model.factorisation(), model.parameterCount());
    }

    /** D, the number of variables. */
    @Override
    public int parameterCount() {
        return parameterCount;
    }

    /** m, the number of polynomials (d, the components of φ). */
    @Override
    public int componentCount() {
        return componentCount;
    }

    /** p(x) into {@code out} (length m). */
    @Override
    public void values(double[] x, double[] out) {
        evaluate(x, out, false);
    }

    /** Σ |c·monomial(x)| over the terms of each p_i into {@code out} (length m): what rounding is relative to. */
    public void magnitudes(double[] x, double[] out) {
        evaluate(x, out, true);
    }

    /** Jᵀw = Σ_i w_i ∇p_i(x) into {@code out} (length D). */
    @Override
    public void pullBack(double[] x, double[] weights, double[] out) {
        pullBack(x, weights, out, false);
    }

    @Override
    public void pullBackMagnitude(double[] x, double[] weights, double[] out) {
        pullBack(x, weights, out, true);
    }

    /**
     * Every term is a product of at most degree factors and its coefficient, summed into its entry one
     * after the other: a bound for values and pull-backs alike.
     */
    @Override
    public int roundingDepth() {
        return roundingDepth;
    }

    /** J = ∂p/∂x, row-major m × D, into {@code out}. */
    @Override
    public void jacobian(double[] x, double[] out) {
        Arrays.fill(out, 0, componentCount * parameterCount, 0);
        for (int t = 0; t < component.length; t++) {
            addTermGradient(t, x, coefficient[t], out, component[t] * parameterCount, false);
        }
    }

    private void evaluate(double[] x, double[] out, boolean magnitude) {
        Arrays.fill(out, 0, componentCount, 0);
        for (int t = 0; t < component.length; t++) {
            double product = coefficient[t];
            for (int k = variableStart[t]; k < variableStart[t + 1]; k++) {
                product *= x[variables[k]];
            }
            out[component[t]] += magnitude ? Math.abs(product) : product;
        }
    }

    private void pullBack(double[] x, double[] weights, double[] out, boolean magnitude) {
        Arrays.fill(out, 0, parameterCount, 0);
        for (int t = 0; t < component.length; t++) {
            double w = weights[component[t]] * coefficient[t];
            if (w != 0) {
                addTermGradient(t, x, magnitude ? Math.abs(w) : w, out, 0, magnitude);
            }
        }
    }

    /**
     * Adds w·∇(monomial of term t) to out[offset..offset+D): one product of the other factors per factor
     * (in absolute value for a {@code magnitude}).
     */
    private void addTermGradient(int t, double[] x, double w, double[] out, int offset, boolean magnitude) {
        int from = variableStart[t];
        int to = variableStart[t + 1];
        for (int k = from; k < to; k++) {
            double product = w;
            for (int l = from; l < to; l++) {
                if (l != k) {
                    product *= magnitude ? Math.abs(x[variables[l]]) : x[variables[l]];
                }
            }
            out[offset + variables[k]] += product;
        }
    }
}
