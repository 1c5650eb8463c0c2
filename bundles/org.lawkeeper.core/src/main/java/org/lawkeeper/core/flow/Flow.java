package org.lawkeeper.core.flow;

import org.hipparchus.fraction.BigFraction;
import org.lawkeeper.core.model.Model;

/**
 * A training dynamics, described by its spec (docs/THEORY.md §2). Gradient flows live on θ ∈ R^D, with
 * weight decay on (s = e^{λt}, θ) ∈ R^{D+1}; momentum flows on (time, θ, θ') ∈ R^{2D+1}, with time a
 * coordinate. Parse one from text with
 * {@link FlowSpec#parse}. A flow is a value: its generating fields for a model are built by the
 * analysis ({@code org.lawkeeper.core.field}), its integration by the harness.
 */
public sealed interface Flow permits FirstOrderFlow, SecondOrderFlow {

    /** The canonical spec, e.g. {@code momentum:tau=1/2}. */
    String spec();

    /** Whether the state carries velocities and time (second-order dynamics). */
    boolean hasMomentum();

    /** The weight decay λ ≥ 0 of θ' = … − λθ; zero when the flow has none. */
    default BigFraction weightDecay() {
        return BigFraction.ZERO;
    }

    /**
     * Whether coordinate 0 of the state is time: t, or s = e^{rt} for the flow's rate r (docs/THEORY.md §2):
     * every momentum flow has it, a first-order flow only with weight decay.
     */
    default boolean hasTime() {
        return hasMomentum() || weightDecay().getNumerator().signum() != 0;
    }

    /** The geometry in which the flow descends. */
    Geometry geometry();

    /** The state coordinates in words, for reports: {@code θ}, {@code (s = e^{λt}, θ)} or {@code (s, θ, θ')}. */
    String stateDescription();

    default int stateDimension(Model model) {
        int d = model.parameterCount();
        return hasMomentum() ? 2 * d + 1 : hasTime() ? d + 1 : d;
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
