package org.lawkeeper.core.flow;

/**
 * Natural gradient flow θ' = −(∂φᵀ∂φ)^†∇L. Its fields are rational; they are evaluated as such,
 * never replaced by the Euclidean ones.
 */
public record NaturalGradientFlow() implements FirstOrderFlow {

    @Override
    public String spec() {
        return "natural";
    }

    @Override
    public Geometry geometry() {
        return Geometry.NATURAL;
    }
}
