package org.lawkeeper.harness.dynamics;

import org.lawkeeper.core.model.Model;

/**
 * L(θ) = ℓ(φ(θ)) with its gradient ∇L = Jᵀ ∂ℓ/∂φ. Holds scratch buffers: one instance per trajectory
 * (not thread-safe).
 */
public final class Objective {
    private final Model model;
    private final Factorisation_F64 phi;
    private final Loss loss;
    private final double[] values;
    private final double[] weights;

    public Objective(Model model, Loss loss) {
        this(model, new Factorisation_F64(model), loss);
    }

    /** Shares an already compiled φ (compiling is the costly part for large models). */
    public Objective(Model model, Factorisation_F64 phi, Loss loss) {
        this.model = model;
        this.phi = phi;
        this.loss = loss;
        this.values = new double[phi.componentCount()];
        this.weights = new double[phi.componentCount()];
    }

    public Model model() {
        return model;
    }

    public Loss loss() {
        return loss;
    }

    public Factorisation_F64 factorisation() {
        return phi;
    }

    /** L(θ). */
    public double value(double[] theta) {
        phi.values(theta, values);
        return loss.value(values);
    }

    /** ∂ℓ/∂φ at φ(θ) into {@code out} (length d). */
    public void lossGradient(double[] theta, double[] out) {
        phi.values(theta, values);
        loss.gradient(values, out);
    }

    /** ∇L(θ) into {@code out} (length D). */
    public void gradient(double[] theta, double[] out) {
        lossGradient(theta, weights);
        phi.pullBack(theta, weights, out);
    }

    /**
     * Whether coordinate j carries the entropy (mirror) geometry: the positive blocks, or every
     * coordinate when the model declares none (the rule of core's mirror flows).
     */
    public boolean mirrored(int j) {
        return model.mirrored(j);
    }
}
