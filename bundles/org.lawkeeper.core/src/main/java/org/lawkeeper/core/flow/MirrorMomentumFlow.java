package org.lawkeeper.core.flow;

import org.hipparchus.fraction.BigFraction;
import org.lawkeeper.core.LimitExceededException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.field.PolynomialGenerators;
import org.lawkeeper.core.model.Model;

/**
 * Non-Euclidean momentum flow θ'' + τθ' = −diag(τθ + θ')∇L on the model's positive blocks
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
    public String stateDescription() {
        return SecondOrderFlow.stateDescription(tau);
    }

    @Override
    public PolynomialGenerators generators(Model model, Limits limits) throws LimitExceededException {
        return SecondOrderFields.heavyBall(model, tau, true, limits, spec());
    }
}
