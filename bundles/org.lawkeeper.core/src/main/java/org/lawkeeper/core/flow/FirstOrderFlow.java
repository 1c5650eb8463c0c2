package org.lawkeeper.core.flow;

/** A flow θ' = −M(θ)∇L on the parameters alone. */
public sealed interface FirstOrderFlow extends Flow permits GradientFlow, NaturalGradientFlow, MirrorFlow {

    @Override
    default boolean hasMomentum() {
        return false;
    }

    @Override
    default String stateDescription() {
        return "θ";
    }
}
