// TEMPORARY COPY, clearly not at home here: this class belongs in bundles/org.lawkeeper.core
// (src/main/java/org/lawkeeper/core/model/NetworkBuilder.java), with Model.network(features) and
// Model.network(tokens, features) returning it; there build() calls the model's constructor without
// the unreachable catch below. Until then the custom-model tests of this module build networks with
// it. Delete this file when the core has it.
package org.lawkeeper.core.model;

import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.SpecException;
import org.lawkeeper.core.model.net.Layer;

/**
 * A network of the layer language written in Java: {@code input(4).dense(3).relu().dense(2).build()} is
 * the model of {@code net:4>dense(3)>relu>dense(2)} — the same blocks, count and laws, and the same
 * spec, which is what a custom model hands back from its separate JVM. The builder writes the spec's
 * canonical text and reads it with the spec parser, so a layer that does not fit is reported as a spec
 * error would be: {@code column 14 of 'net:4>dense(3)>residual(dense(2))': residual(…) maps 1×3 to 1×2 …}.
 */
public final class NetworkBuilder extends LayerChain<NetworkBuilder> {
    /** Every size: a built model is analysed under the limits of whoever analyses it. */
    private static final Limits UNBOUNDED = Limits.DEFAULT.withMaxStateDimension(Integer.MAX_VALUE);

    private final int tokens;
    private final int features;

    private NetworkBuilder(int tokens, int features) {
        this.tokens = tokens;
        this.features = features;
    }

    /** A network whose input is one token of {@code features} entries ({@code net:N>…}). */
    public static NetworkBuilder input(int features) {
        return new NetworkBuilder(1, features);
    }

    /** A network whose input is {@code tokens} tokens of {@code features} entries each ({@code net:TxN>…}). */
    public static NetworkBuilder input(int tokens, int features) {
        return new NetworkBuilder(tokens, features);
    }

    /**
     * The spec of the layers so far.
     *
     * @throws SpecException when a size is out of range or a layer does not fit the shape it receives
     */
    public NetSpec spec() throws SpecException {
        String text = "net:" + (tokens == 1 ? "" : tokens + "x") + features + ">"
                + Layer.chain(layers());
        return (NetSpec) ModelSpec.parse(text);
    }

    /**
     * The model, named by its spec.
     *
     * @throws SpecException when a size is out of range or a layer does not fit the shape it receives
     */
    public Model build() throws SpecException {
        NetSpec spec = spec();
        try {
            return spec.build(UNBOUNDED);
        } catch (SpecException e) {
            throw e;
        } catch (LawkeeperException e) {
            throw new IllegalStateException("no size exceeds unbounded limits", e);
        }
    }

    @Override
    NetworkBuilder self() {
        return this;
    }
}
