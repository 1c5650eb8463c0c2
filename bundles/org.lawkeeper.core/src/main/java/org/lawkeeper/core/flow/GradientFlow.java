package org.lawkeeper.core.flow;

import org.lawkeeper.core.LimitExceededException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.field.PolynomialGenerators;
import org.lawkeeper.core.model.Model;

/** Euclidean gradient flow θ' = −∇L: generating fields χ_i = ∇φ_i. */
public record GradientFlow() implements FirstOrderFlow {

    @Override
    public String spec() {
        return "gf";
    }

    @Override
    public PolynomialGenerators generators(Model model, Limits limits) throws LimitExceededException {
        limits.checkStateDimension(stateDimension(model), model.name() + " under gf");
        return new PolynomialGenerators(model.parameterCount(), model.factorisation().size(),
                GradientTerms.of(model, limits));
    }
}
