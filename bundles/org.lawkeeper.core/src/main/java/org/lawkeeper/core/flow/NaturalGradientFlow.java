package org.lawkeeper.core.flow;

import org.lawkeeper.core.LimitExceededException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.field.GeneratingFields;
import org.lawkeeper.core.field.NaturalGradientGenerators;
import org.lawkeeper.core.model.Model;

/**
 * Natural gradient flow θ' = −(∂φᵀ∂φ)^†∇L. Its fields are rational; they are evaluated as such
 * (see {@link NaturalGradientGenerators}), never replaced by the Euclidean ones.
 */
public record NaturalGradientFlow() implements FirstOrderFlow {

    @Override
    public String spec() {
        return "natural";
    }

    @Override
    public GeneratingFields generators(Model model, Limits limits) throws LimitExceededException {
        return new NaturalGradientGenerators(new GradientFlow().generators(model, limits));
    }
}
