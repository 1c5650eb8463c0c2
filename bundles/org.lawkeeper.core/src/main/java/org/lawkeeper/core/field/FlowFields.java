package org.lawkeeper.core.field;

import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.core.LimitExceededException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.flow.GradientFlow;
import org.lawkeeper.core.flow.MirrorFlow;
import org.lawkeeper.core.flow.MirrorMomentumFlow;
import org.lawkeeper.core.flow.MomentumFlow;
import org.lawkeeper.core.flow.NaturalGradientFlow;
import org.lawkeeper.core.flow.NesterovFlow;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.polynomial.Monomial;

/** The generating fields of a flow for a model (docs/THEORY.md §2): the one place that knows every flow's fields. */
public final class FlowFields {
    private FlowFields() {
    }

    /**
     * The generating fields of {@code flow} for {@code model}.
     *
     * @throws LawkeeperException when the state dimension or the number of terms exceeds {@code limits}, or
     *                            a network cannot be analysed exactly
     */
    public static GeneratingFields of(Model model, Flow flow, Limits limits) throws LawkeeperException {
        if (!model.hasFactorisation() && model.network().isPresent()) {
            return NetworkGenerators.of(model, model.network().get(), flow, limits);
        }
        // instanceof, not a pattern switch: the switch's first run bootstraps a class of its own through the
        // ClassFile API, 3 ms of a one-shot count's 80 (FlowFieldsTest covers every flow)
        if (flow instanceof GradientFlow f) {
            return f.hasTime() ? DriftedFields.of(model, f, limits) : gradients(model, limits);
        } else if (flow instanceof NaturalGradientFlow) {
            return new NaturalGradientGenerators(gradients(model, limits));
        } else if (flow instanceof MirrorFlow) {
            return mirror(model, limits);
        } else if (flow instanceof MomentumFlow f) {
            return DriftedFields.of(model, f, limits);
        } else if (flow instanceof MirrorMomentumFlow f) {
            return DriftedFields.of(model, f, limits);
        } else if (flow instanceof NesterovFlow f) {
            return DriftedFields.of(model, f, limits);
        }
        throw new IllegalArgumentException("no generating fields for the flow " + flow.spec());
    }

    /**
     * The data-indexed fields of a network even when it has a factorisation: the general path, against which
     * the factorisation of polynomial networks is tested (docs/ALGORITHMS.md §16).
     *
     * @throws LawkeeperException as {@link #of}
     */
    public static GeneratingFields dataIndexed(Model model, Flow flow, Limits limits) throws LawkeeperException {
        return NetworkGenerators.of(model, model.network().orElseThrow(
                () -> new IllegalArgumentException(model.name() + " is not a network")), flow, limits);
    }

    /**
     * Polynomial fields whose span equals, point by point, the span of the flow's generating fields:
     * the fields themselves, or ∇φ_i for natural gradient, whose fields (JᵀJ)^†∇φ_i span the same
     * space at every point because (JᵀJ)^† maps range(Jᵀ) = span{∇φ_i} onto itself (docs/THEORY.md §2).
     * Exact verification and the law search need polynomials; the two sets of conditions are equivalent.
     */
    public static PolynomialGenerators polynomial(Model model, Flow flow, Limits limits) throws LawkeeperException {
        return switch (of(model, flow, limits)) {
            case PolynomialGenerators p -> p;
            case NaturalGradientGenerators n -> n.gradients();
            case NetworkGenerators n -> throw new IllegalArgumentException(model.name() + " has no polynomial fields");
        };
    }

    /** Euclidean gradient flow: χ_i = ∇φ_i. */
    private static PolynomialGenerators gradients(Model model, Limits limits) throws LimitExceededException {
        limits.checkStateDimension(model.parameterCount(), model.name() + " under gf");
        return new PolynomialGenerators(model.parameterCount(), model.factorisation().size(),
                GradientTerms.of(model, limits));
    }

    /** χ_i = M(θ)∇φ_i with M = diag(θ) on mirrored coordinates and identity elsewhere. */
    private static PolynomialGenerators mirror(Model model, Limits limits) throws LimitExceededException {
        limits.checkStateDimension(model.parameterCount(), model.name() + " under mirror");
        PolynomialGenerators.Builder fields =
                new PolynomialGenerators.Builder(model.parameterCount(), model.factorisation().size());
        for (FieldTerm t : GradientTerms.of(model, limits)) {
            int j = t.component();
            fields.add(t.generator(), j, t.coefficient(),
                    model.mirrored(j) ? t.monomial().times(Monomial.of(j)) : t.monomial());
        }
        return fields.build();
    }
}
