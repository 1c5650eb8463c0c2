package org.lawkeeper.core.flow;

/** Euclidean gradient flow θ' = −∇L: generating fields χ_i = ∇φ_i. */
public record GradientFlow() implements FirstOrderFlow {

    @Override
    public String spec() {
        return "gf";
    }

    @Override
    public Geometry geometry() {
        return Geometry.EUCLIDEAN;
    }
}
