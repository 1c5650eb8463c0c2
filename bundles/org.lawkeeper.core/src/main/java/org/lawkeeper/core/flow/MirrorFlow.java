package org.lawkeeper.core.flow;

/**
 * Mirror flow with the entropy potential, θ' = −diag(θ)∇L on the model's mirrored coordinates:
 * χ_i = M(θ)∇φ_i with M = diag(θ) there and identity elsewhere.
 */
public record MirrorFlow() implements FirstOrderFlow {

    @Override
    public String spec() {
        return "mirror";
    }

    @Override
    public Geometry geometry() {
        return Geometry.MIRROR;
    }
}
