package org.lawkeeper.core.flow;

import org.hipparchus.fraction.BigFraction;

/**
 * Non-Euclidean momentum flow θ'' + τθ' = −diag(τθ + θ')∇L on the model's mirrored coordinates
 * (identity metric elsewhere), on (t or s, θ, θ').
 */
public record MirrorMomentumFlow(BigFraction tau) implements SecondOrderFlow {

    public MirrorMomentumFlow {
        SecondOrderFlow.requireFriction(tau);
    }

    @Override
    public String spec() {
        return SecondOrderFlow.spec("mirror-momentum", tau);
    }

    @Override
    public Geometry geometry() {
        return Geometry.MIRROR;
    }

    @Override
    public String stateDescription() {
        return SecondOrderFlow.stateDescription(tau);
    }
}
