// TEMPORARY COPY, clearly not at home here: this class belongs in bundles/org.lawkeeper.core
// (src/main/java/org/lawkeeper/core/model/LayerChain.java), whose owner adds it there together with
// NetworkBuilder and Model.network(…); until then the custom-model tests of this module build their
// networks with it. Delete this file when the core has it.
package org.lawkeeper.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.lawkeeper.core.model.net.Layer;
import org.lawkeeper.core.model.net.Layer.Activation.Kind;

/**
 * The layers of a network written in Java, one method per layer of the spec language (docs/MODELS.md),
 * in the order they apply. {@link NetworkBuilder} is a chain with an input; {@link Body} is the chain
 * of a residual block or of each expert. Sizes and shapes are checked when the network is built, by
 * the same parser as a spec, so that Java and spec agree on every model and every message.
 *
 * @param <S> the chain's own type, which every method returns
 */
public abstract sealed class LayerChain<S extends LayerChain<S>> permits NetworkBuilder, LayerChain.Body {
    private final List<Layer> layers = new ArrayList<>();

    LayerChain() {
    }

    /** The gates of a mixture of experts. */
    public enum Gate {
        /** g = softmax(Gx). */
        SOFTMAX,
        /** g = σ(Gx)/Σσ(Gx), the normalised sigmoid. */
        NORMALISED_SIGMOID
    }

    /** The layers so far. */
    public List<Layer> layers() {
        return List.copyOf(layers);
    }

    /** Any layer of the spec language, e.g. {@code new Layer.Attention(2, 2, 3, false, false, 0)} for dv ≠ dk. */
    public S layer(Layer layer) {
        layers.add(layer);
        return self();
    }

    /** {@code dense(n)}: x ↦ Wx per token. */
    public S dense(int width) {
        return layer(new Layer.Dense(width, false, 0));
    }

    /** {@code dense(n,bias)}: x ↦ Wx + b per token. */
    public S denseWithBias(int width) {
        return layer(new Layer.Dense(width, true, 0));
    }

    /** {@code relu}. */
    public S relu() {
        return activation(Kind.RELU);
    }

    /** {@code pow(p)}: z ↦ z^p for a whole p ≥ 2. */
    public S pow(int power) {
        return layer(new Layer.Activation(Kind.POW, power, 0));
    }

    /** {@code gelu}. */
    public S gelu() {
        return activation(Kind.GELU);
    }

    /** {@code silu}. */
    public S silu() {
        return activation(Kind.SILU);
    }

    /** {@code tanh}. */
    public S tanh() {
        return activation(Kind.TANH);
    }

    /** {@code sigmoid}. */
    public S sigmoid() {
        return activation(Kind.SIGMOID);
    }

    /** {@code glu(h)}: x ↦ (Bx) ⊙ (Cx). */
    public S glu(int width) {
        return layer(new Layer.Gated(false, width, 0));
    }

    /** {@code swiglu(h)}: x ↦ SiLU(Bx) ⊙ (Cx). */
    public S swiglu(int width) {
        return layer(new Layer.Gated(true, width, 0));
    }

    /** {@code attention(heads=H,dk=K)}: softmax self-attention, value width dv = dk. */
    public S attention(int heads, int keyWidth) {
        return layer(new Layer.Attention(heads, keyWidth, keyWidth, false, false, 0));
    }

    /** {@code attention(heads=H,dk=K,linear)}: softmax-free attention. */
    public S linearAttention(int heads, int keyWidth) {
        return layer(new Layer.Attention(heads, keyWidth, keyWidth, true, false, 0));
    }

    /** {@code attention(heads=H,dk=K,rope)}: softmax attention with rotary position encoding (K even). */
    public S rotaryAttention(int heads, int keyWidth) {
        return layer(new Layer.Attention(heads, keyWidth, keyWidth, false, true, 0));
    }

    /** {@code residual(…)}: x ↦ x + F(x), F the layers {@code body} adds. */
    public S residual(Consumer<Body> body) {
        return layer(new Layer.Residual(chain(body), 0));
    }

    /** {@code layernorm}. */
    public S layernorm() {
        return layer(new Layer.Norm(false, 0));
    }

    /** {@code rmsnorm}. */
    public S rmsnorm() {
        return layer(new Layer.Norm(true, 0));
    }

    /** {@code moe(experts=E,gate=…,…)}: E experts, each with the layers {@code expert} adds. */
    public S moe(int experts, Gate gate, Consumer<Body> expert) {
        return layer(new Layer.Experts(experts, gate == Gate.NORMALISED_SIGMOID, chain(expert), 0));
    }

    /** {@code conv1d(channels=C,kernel=K)}: rows are channels, columns positions; stride 1, no padding. */
    public S conv1d(int channels, int kernel) {
        return layer(new Layer.Conv1d(channels, kernel, 0));
    }

    /** {@code softmax}: an output layer, for the cross-entropy loss. */
    public S softmax() {
        return layer(new Layer.Softmax(0));
    }

    abstract S self();

    private S activation(Kind kind) {
        return layer(new Layer.Activation(kind, 1, 0));
    }

    private static List<Layer> chain(Consumer<Body> layers) {
        Body body = new Body();
        layers.accept(body);
        return body.layers();
    }

    /** The layers of a residual block or of an expert. */
    public static final class Body extends LayerChain<Body> {
        Body() {
        }

        @Override
        Body self() {
            return this;
        }
    }
}
