package org.lawkeeper.core.flow;

import org.lawkeeper.core.LimitExceededException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.field.PolynomialGenerators;
import org.lawkeeper.core.model.Model;

/** Nesterov's ODE θ'' + (3/t)θ' = −∇L on (t, θ, θ'). */
public record NesterovFlow() implements SecondOrderFlow {

    @Override
    public String spec() {
        return "nesterov";
    }

    @Override
    public String stateDescription() {
        return "(t, θ, θ')";
    }

    @Override
    public PolynomialGenerators generators(Model model, Limits limits) throws LimitExceededException {
        return SecondOrderFields.nesterov(model, limits);
    }
}
