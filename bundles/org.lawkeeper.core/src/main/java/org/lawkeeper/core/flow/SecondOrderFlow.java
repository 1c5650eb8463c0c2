package org.lawkeeper.core.flow;

import org.hipparchus.fraction.BigFraction;

/** A flow θ'' + (friction)θ' = −M∇L on (time, θ, θ'). */
public sealed interface SecondOrderFlow extends Flow permits MomentumFlow, NesterovFlow, MirrorMomentumFlow {

    @Override
    default boolean hasMomentum() {
        return true;
    }

    /** Rejects a negative constant friction. */
    static BigFraction requireFriction(BigFraction tau) {
        if (tau.getNumerator().signum() < 0) {
            throw new IllegalArgumentException("friction tau must be ≥ 0, not " + FlowSpec.format(tau));
        }
        return tau;
    }

    /** {@code name} for τ = 0, {@code name:tau=X} otherwise. */
    static String spec(String name, BigFraction tau) {
        return tau.getNumerator().signum() == 0 ? name : name + ":tau=" + FlowSpec.format(tau);
    }

    /** The time-like coordinate is t for τ = 0 and s = e^{τt} otherwise. */
    static String stateDescription(BigFraction tau) {
        return tau.getNumerator().signum() == 0 ? "(t, θ, θ')" : "(s = e^{τt}, θ, θ')";
    }
}
