package org.lawkeeper.harness.dynamics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.polynomial.Polynomial;

/**
 * A model's factorisation φ compiled for double precision: φ(θ), the pull-back Jᵀw = Σ_i w_i ∇φ_i(θ)
 * (all a loss gradient needs: ∇L = Σ_i ∂ℓ/∂φ_i ∇φ_i) and the Jacobian J = ∂φ. Terms are flattened
 * into arrays once, so evaluation allocates nothing.
 */
public final class Factorisation_F64 {
    private final int parameterCount;
    private final int componentCount;
    private final int[] component;
    private final double[] coefficient;
    private final int[] variableStart;
    private final int[] variables;

    public Factorisation_F64(Model model) {
        List<Polynomial> phi = model.factorisation();
        this.parameterCount = model.parameterCount();
        this.componentCount = phi.size();
        List<int[]> monomials = new ArrayList<>();
        List<Double> coefficients = new ArrayList<>();
        List<Integer> components = new ArrayList<>();
        for (int i = 0; i < phi.size(); i++) {
            int index = i;
            phi.get(i).forEachTerm((m, c) -> {
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
    }

    /** D, the number of parameters. */
    public int parameterCount() {
        return parameterCount;
    }

    /** d, the number of components of φ. */
    public int componentCount() {
        return componentCount;
    }

    /** φ(θ) into {@code out} (length d). */
    public void values(double[] theta, double[] out) {
        Arrays.fill(out, 0, componentCount, 0);
        for (int t = 0; t < component.length; t++) {
            double product = coefficient[t];
            for (int k = variableStart[t]; k < variableStart[t + 1]; k++) {
                product *= theta[variables[k]];
            }
            out[component[t]] += product;
        }
    }

    /** Jᵀw = Σ_i w_i ∇φ_i(θ) into {@code out} (length D). */
    public void pullBack(double[] theta, double[] weights, double[] out) {
        Arrays.fill(out, 0, parameterCount, 0);
        for (int t = 0; t < component.length; t++) {
            double w = weights[component[t]] * coefficient[t];
            if (w != 0) {
                addTermGradient(t, theta, w, out, 0);
            }
        }
    }

    /** J = ∂φ/∂θ, row-major d × D, into {@code out}. */
    public void jacobian(double[] theta, double[] out) {
        Arrays.fill(out, 0, componentCount * parameterCount, 0);
        for (int t = 0; t < component.length; t++) {
            addTermGradient(t, theta, coefficient[t], out, component[t] * parameterCount);
        }
    }

    /** Adds w·∇(monomial of term t) to out[offset..offset+D): one product of the other factors per factor. */
    private void addTermGradient(int t, double[] theta, double w, double[] out, int offset) {
        int from = variableStart[t];
        int to = variableStart[t + 1];
        for (int k = from; k < to; k++) {
            double product = w;
            for (int l = from; l < to; l++) {
                if (l != k) {
                    product *= theta[variables[l]];
                }
            }
            out[offset + variables[k]] += product;
        }
    }
}
