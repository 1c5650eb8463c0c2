package org.lawkeeper.core.flow;

import org.hipparchus.fraction.BigFraction;

/**
 * Heavy-ball momentum flow θ'' + τθ' = −∇L with constant friction τ ≥ 0, on (t or s, θ, θ').
 * For τ ≠ 0 time enters through s = e^{τt}, which keeps every field polynomial.
 */
public record MomentumFlow(BigFraction tau) implements SecondOrderFlow {

    public MomentumFlow {
        SecondOrderFlow.requireFriction(tau);
    }

    @Override
    public String spec() {
        return SecondOrderFlow.spec("momentum", tau);
    }

    @Override
    public Geometry geometry() {
        return Geometry.EUCLIDEAN;
    }

    @Override
    public String stateDescription() {
        return SecondOrderFlow.stateDescription(tau);
    }
}
