package org.lawkeeper.core.flow;

import org.lawkeeper.core.LimitExceededException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.field.FieldTerm;
import org.lawkeeper.core.field.PolynomialGenerators;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.polynomial.Monomial;

/**
 * Mirror flow with the entropy potential, θ' = −diag(θ)∇L on the model's positive blocks (every
 * entry when the model declares none): χ_i = M(θ)∇φ_i with M = diag(θ) there and identity elsewhere.
 */
public record MirrorFlow() implements FirstOrderFlow {

    @Override
    public String spec() {
        return "mirror";
    }

    @Override
    public PolynomialGenerators generators(Model model, Limits limits) throws LimitExceededException {
        limits.checkStateDimension(stateDimension(model), model.name() + " under mirror");
        PolynomialGenerators.Builder fields =
                new PolynomialGenerators.Builder(model.parameterCount(), model.factorisation().size());
        for (FieldTerm t : GradientTerms.of(model, limits)) {
            int j = t.component();
            fields.add(t.generator(), j, t.coefficient(),
                    mirrored(model, j) ? t.monomial().times(Monomial.of(j)) : t.monomial());
        }
        return fields.build();
    }

    /** Whether coordinate j carries the entropy metric: positive blocks, or all entries if none is declared. */
    public static boolean mirrored(Model model, int j) {
        return !model.hasPositiveBlocks() || model.isPositive(j);
    }
}
