package org.lawkeeper.core.flow;

import org.hipparchus.fraction.BigFraction;

/**
 * Euclidean gradient flow θ' = −∇L − λθ with weight decay λ ≥ 0: generating fields χ_i = ∇φ_i, and for
 * λ ≠ 0 the drift (λs, −λθ) on (s = e^{λt}, θ), which keeps every field polynomial.
 */
public record GradientFlow(BigFraction weightDecay) implements FirstOrderFlow {

    public GradientFlow {
        FlowSpec.requireNonNegative(weightDecay, "weight decay wd");
    }

    /** Plain gradient flow, without weight decay. */
    public GradientFlow() {
        this(BigFraction.ZERO);
    }

    @Override
    public String spec() {
        return weightDecay.getNumerator().signum() == 0 ? "gf" : "gf:wd=" + FlowSpec.format(weightDecay);
    }

    @Override
    public Geometry geometry() {
        return Geometry.EUCLIDEAN;
    }

    @Override
    public String stateDescription() {
        return weightDecay.getNumerator().signum() == 0 ? "θ" : "(s = e^{λt}, θ)";
    }
}
