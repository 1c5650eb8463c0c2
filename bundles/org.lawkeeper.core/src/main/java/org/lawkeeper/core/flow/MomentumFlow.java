package org.lawkeeper.core.flow;

import org.hipparchus.fraction.BigFraction;

/**
 * Heavy-ball momentum flow θ'' + τθ' = −∇L − λθ with constant friction τ ≥ 0 and weight decay λ ≥ 0, on
 * (t or s, θ, θ'). For τ ≠ 0 time enters through s = e^{τt}, which keeps every field polynomial.
 */
public record MomentumFlow(BigFraction tau, BigFraction weightDecay) implements SecondOrderFlow {

    public MomentumFlow {
        SecondOrderFlow.requireFriction(tau);
        FlowSpec.requireNonNegative(weightDecay, "weight decay wd");
    }

    /** Heavy ball without weight decay. */
    public MomentumFlow(BigFraction tau) {
        this(tau, BigFraction.ZERO);
    }

    @Override
    public String spec() {
        String plain = SecondOrderFlow.spec("momentum", tau);
        if (weightDecay.getNumerator().signum() == 0) {
            return plain;
        }
        return plain + (plain.contains(":") ? "," : ":") + "wd=" + FlowSpec.format(weightDecay);
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
