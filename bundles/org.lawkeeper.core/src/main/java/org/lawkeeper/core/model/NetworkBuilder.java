package org.lawkeeper.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.SpecException;
import org.lawkeeper.core.model.net.Architecture;
import org.lawkeeper.core.model.net.Layer;
import org.lawkeeper.core.model.net.Layer.Activation.Kind;

/**
 * The layer language in Java: the same layers as {@code net:…} specs (docs/MODELS.md), in the same order, with
 * the same checks and block names. For a pre-norm transformer block:
 *
 * <pre>{@code
 * Model block = Model.network(2, 4)
 *         .layerNorm()
 *         .attention(2, 2)
 *         .residual(f -> f.rmsNorm().swiglu(8).dense(4))
 *         .build();
 * }</pre>
 *
 * The model is the one of its spec ({@link #spec()}, named by its canonical text), so it can be written
 * back as {@code net:…} wherever a spec is expected.
 */
public final class NetworkBuilder {
    private final int tokens;
    private final int features;
    private final List<Layer> layers = new ArrayList<>();

    NetworkBuilder(int tokens, int features) {
        this.tokens = tokens;
        this.features = features;
    }

    /** {@code dense(n)}. */
    public NetworkBuilder dense(int width) {
        return add(new Layer.Dense(width, false, 0));
    }

    /** {@code dense(n,bias)}. */
    public NetworkBuilder denseWithBias(int width) {
        return add(new Layer.Dense(width, true, 0));
    }

    public NetworkBuilder relu() {
        return activation(Kind.RELU, 1);
    }

    public NetworkBuilder gelu() {
        return activation(Kind.GELU, 1);
    }

    public NetworkBuilder silu() {
        return activation(Kind.SILU, 1);
    }

    public NetworkBuilder tanh() {
        return activation(Kind.TANH, 1);
    }

    public NetworkBuilder sigmoid() {
        return activation(Kind.SIGMOID, 1);
    }

    /** {@code pow(p)}: z^p entry by entry. */
    public NetworkBuilder pow(int power) {
        return activation(Kind.POW, power);
    }

    /** {@code glu(h)}. */
    public NetworkBuilder glu(int width) {
        return add(new Layer.Gated(false, width, 0));
    }

    /** {@code swiglu(h)}. */
    public NetworkBuilder swiglu(int width) {
        return add(new Layer.Gated(true, width, 0));
    }

    /** {@code attention(heads=H,dk=K)}, softmax attention with dv = dk. */
    public NetworkBuilder attention(int heads, int keyWidth) {
        return attention(heads, keyWidth, keyWidth, false, false);
    }

    /** {@code attention(heads=H,dk=K,dv=V[,linear][,rope])}. */
    public NetworkBuilder attention(int heads, int keyWidth, int valueWidth, boolean linear, boolean rope) {
        return add(new Layer.Attention(heads, keyWidth, valueWidth, linear, rope, 0));
    }

    /** {@code residual(…)}: x + F(x) for the layers {@code body} adds to a fresh builder. */
    public NetworkBuilder residual(UnaryOperator<NetworkBuilder> body) {
        return add(new Layer.Residual(inner(body), 0));
    }

    public NetworkBuilder layerNorm() {
        return add(new Layer.Norm(false, 0));
    }

    public NetworkBuilder rmsNorm() {
        return add(new Layer.Norm(true, 0));
    }

    /** {@code moe(experts=E,gate=softmax|nsigmoid,…)} with the expert's layers added by {@code expert}. */
    public NetworkBuilder experts(int count, boolean normalisedSigmoid, UnaryOperator<NetworkBuilder> expert) {
        return add(new Layer.Experts(count, normalisedSigmoid, inner(expert), 0));
    }

    /** {@code conv1d(channels=C,kernel=K)}. */
    public NetworkBuilder conv1d(int channels, int kernel) {
        return add(new Layer.Conv1d(channels, kernel, 0));
    }

    public NetworkBuilder softmax() {
        return add(new Layer.Softmax(0));
    }

    /**
     * The spec of the layers added so far.
     *
     * @throws SpecException when a layer does not fit the shape it receives, naming it
     */
    public NetSpec spec() throws SpecException {
        if (layers.isEmpty()) {
            throw new SpecException("a network needs at least one layer");
        }
        return new NetSpec(Architecture.of(tokens, features, layers));
    }

    /**
     * The model, unchecked against size limits like the models of {@link ModelBuilder}: an analysis checks its
     * own limits, and a custom model travels as its spec and is rebuilt within them.
     *
     * @throws SpecException when a layer does not fit the shape it receives
     */
    public Model build() throws SpecException {
        return spec().buildUnchecked();
    }

    /**
     * The model, after checking its size against {@code limits}.
     *
     * @throws LawkeeperException when the layers do not fit together or the model exceeds {@code limits}
     */
    public Model build(Limits limits) throws LawkeeperException {
        return spec().build(limits);
    }

    private NetworkBuilder activation(Kind kind, int power) {
        return add(new Layer.Activation(kind, power, 0));
    }

    private List<Layer> inner(UnaryOperator<NetworkBuilder> chain) {
        NetworkBuilder inner = new NetworkBuilder(tokens, features);
        chain.apply(inner);
        if (inner.layers.isEmpty()) {
            throw new IllegalArgumentException("an inner chain needs at least one layer");
        }
        return List.copyOf(inner.layers);
    }

    private NetworkBuilder add(Layer layer) {
        layers.add(layer);
        return this;
    }
}
