package org.lawkeeper.harness.dynamics;

import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.net.Network;

/**
 * L(θ) = ℓ(p(θ)) with its gradient ∇L = Jᵀ ∂ℓ/∂p, for the predictions p of a {@link Predictor}: the
 * factorisation φ for the losses of φ, the network's outputs for a {@link NetworkLoss}. Holds scratch
 * buffers: one instance per trajectory (not thread-safe).
 */
public final class Objective {
    private final Model model;
    private final Predictor predictor;
    private final Loss loss;
    private final double[] values;
    private final double[] weights;

    /** The objective of {@code loss}, which decides what it sees of the model (see {@link #predictorFor}). */
    public Objective(Model model, Loss loss) {
        this(model, predictorFor(model, loss), loss);
    }

    /** Shares an already compiled predictor (compiling φ is the costly part for large models). */
    public Objective(Model model, Predictor predictor, Loss loss) {
        this.model = model;
        this.predictor = predictor;
        this.loss = loss;
        this.values = new double[predictor.componentCount()];
        this.weights = new double[predictor.componentCount()];
    }

    /**
     * The predictions {@code loss} is a function of: a network's outputs on the loss's inputs, or the model's
     * factorisation φ.
     *
     * @throws IllegalArgumentException when a network loss meets a model without a network, or a loss of φ a
     *                                  model without a factorisation
     */
    public static Predictor predictorFor(Model model, Loss loss) {
        if (loss instanceof NetworkLoss n) {
            Network network = model.network().orElseThrow(() -> new IllegalArgumentException(
                    "a loss of network outputs for " + model.name() + ", which is not a network"));
            return new NetworkOutputs_F64(network, n.data().inputs());
        }
        if (!model.hasFactorisation()) {
            throw new IllegalArgumentException("a loss of φ for " + model.name() + ", which has no factorisation");
        }
        return Polynomials_F64.factorisation(model);
    }

    public Model model() {
        return model;
    }

    public Loss loss() {
        return loss;
    }

    public Predictor predictor() {
        return predictor;
    }

    /**
     * The objective of the loss on the data points at {@code points} only (one step of stochastic gradient
     * descent), sharing a compiled factorisation.
     */
    public Objective minibatch(int[] points) {
        Loss batch = loss.minibatch(points);
        return new Objective(model, batch instanceof NetworkLoss ? predictorFor(model, batch) : predictor, batch);
    }

    /**
     * The same model and predictor under a loss that is identically zero: an optimiser stepping on it does
     * only what it does without data (decay, momentum), the reference of the linear step identity.
     */
    public Objective withoutGradient() {
        int m = predictor.componentCount();
        return new Objective(model, predictor, new SmoothLoss(new double[m], new double[m], 0));
    }

    /** L(θ). */
    public double value(double[] theta) {
        predictor.values(theta, values);
        return loss.value(values);
    }

    /** ∂ℓ/∂p at p(θ) into {@code out} (length m). */
    public void lossGradient(double[] theta, double[] out) {
        predictor.values(theta, values);
        loss.gradient(values, out);
    }

    /** ∇L(θ) into {@code out} (length D). */
    public void gradient(double[] theta, double[] out) {
        lossGradient(theta, weights);
        predictor.pullBack(theta, weights, out);
    }

    /**
     * The magnitude of the computation of ∇L(θ) into {@code out}: the pull-back of ∂ℓ/∂p with every term
     * in absolute value (see {@link Predictor#pullBackMagnitude}).
     */
    public void gradientMagnitude(double[] theta, double[] out) {
        lossGradient(theta, weights);
        predictor.pullBackMagnitude(theta, weights, out);
    }

    /**
     * Whether coordinate j carries the entropy (mirror) geometry: the positive blocks, or every
     * coordinate when the model declares none (the rule of core's mirror flows).
     */
    public boolean mirrored(int j) {
        return model.mirrored(j);
    }
}
