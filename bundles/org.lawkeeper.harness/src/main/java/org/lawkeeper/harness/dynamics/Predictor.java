package org.lawkeeper.harness.dynamics;

/**
 * What a loss sees of θ, as a vector of predictions p(θ) ∈ R^m: the factorisation φ(θ) of a model that has
 * one ({@link Polynomials_F64#factorisation}), or the outputs of a network on the data's inputs
 * ({@link NetworkOutputs_F64}). Every gradient the harness needs is a pull-back Jᵀw = Σ_i w_i ∇p_i(θ) of a
 * loss gradient w = ∂ℓ/∂p, with J = ∂p/∂θ.
 */
public sealed interface Predictor permits Polynomials_F64, NetworkOutputs_F64 {

    /** D, the number of parameters. */
    int parameterCount();

    /** m, the number of predictions. */
    int componentCount();

    /** p(θ) into {@code out} (length m). */
    void values(double[] theta, double[] out);

    /** Jᵀw into {@code out} (length D, overwritten). */
    void pullBack(double[] theta, double[] weights, double[] out);

    /**
     * The magnitude of the computation of Jᵀw into {@code out} (length D, overwritten): the same sum with
     * every term in absolute value, what its rounding error is proportional to (docs/ALGORITHMS.md §18).
     */
    void pullBackMagnitude(double[] theta, double[] weights, double[] out);

    /**
     * The number of rounded operations along the longest chain that computes an entry of Jᵀw: the
     * n of the rounding factor γ_n = nu/(1 − nu) in the error bound of exact step identities.
     */
    int roundingDepth();

    /** J = ∂p/∂θ, row-major m × D, into {@code out}. */
    void jacobian(double[] theta, double[] out);
}
