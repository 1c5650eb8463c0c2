package org.lawkeeper.core.flow;

import org.lawkeeper.core.model.Model;

/**
 * A training dynamics, described by its spec (docs/THEORY.md §2). Gradient flows live on θ ∈ R^D;
 * momentum flows on (time, θ, θ') ∈ R^{2D+1}, with time a coordinate. Parse one from text with
 * {@link FlowSpec#parse}. A flow is a value: its generating fields for a model are built by the
 * analysis ({@code org.lawkeeper.core.field}), its integration by the harness.
 */
public sealed interface Flow permits FirstOrderFlow, SecondOrderFlow {

    /** The canonical spec, e.g. {@code momentum:tau=1/2}. */
    String spec();

    /** Whether the state carries velocities and time (second-order dynamics). */
    boolean hasMomentum();

    /** The geometry in which the flow descends. */
    Geometry geometry();

    /** The state coordinates in words, for reports: {@code θ} or {@code (s, θ, θ')}. */
    String stateDescription();

    default int stateDimension(Model model) {
        return hasMomentum() ? 2 * model.parameterCount() + 1 : model.parameterCount();
    }

    /** The metric of the descent. */
    enum Geometry {
        /** The Euclidean metric: θ' = −∇L. */
        EUCLIDEAN,
        /** The entropy (mirror) metric diag(θ) on the model's mirrored coordinates ({@link Model#mirrored}); θ > 0 there. */
        MIRROR,
        /** The natural-gradient metric (∂φᵀ∂φ)^†. */
        NATURAL
    }
}
