package org.lawkeeper.core.field;

import org.hipparchus.fraction.BigFraction;
import org.lawkeeper.core.LimitExceededException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.flow.MirrorMomentumFlow;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.polynomial.Monomial;

/**
 * Generating fields of the flows whose state carries time: field 0 is the {@link Drift}, field i + 1 the
 * force of φ_i — (0, ∇φ_i) on (s, θ) under weight decay, (0, 0, M∇φ_i) on (c, θ, θ') under momentum, where
 * M = diag(τθ + θ') on mirrored coordinates under mirror momentum and the identity otherwise.
 */
final class DriftedFields {
    private DriftedFields() {
    }

    static PolynomialGenerators of(Model model, Flow flow, Limits limits) throws LimitExceededException {
        int d = model.parameterCount();
        int dimension = flow.stateDimension(model);
        limits.checkStateDimension(dimension, model.name() + " under " + flow.spec());
        PolynomialGenerators.Builder fields =
                new PolynomialGenerators.Builder(dimension, model.factorisation().size() + 1);
        Drift.add(fields, flow, d);
        // forces act on θ' under momentum, on θ itself under weight decay
        int target = flow.hasMomentum() ? 1 + d : 1;
        BigFraction mirrorTau = flow instanceof MirrorMomentumFlow m ? m.tau() : null;
        for (FieldTerm t : GradientTerms.of(model, limits)) {
            int j = t.component();
            Monomial shifted = t.monomial().shifted(1);
            int generator = t.generator() + 1;
            if (mirrorTau != null && model.mirrored(j)) {
                if (mirrorTau.getNumerator().signum() != 0) {
                    fields.add(generator, target + j, t.coefficient().multiply(mirrorTau),
                            shifted.times(Monomial.of(1 + j)));
                }
                fields.add(generator, target + j, t.coefficient(), shifted.times(Monomial.of(1 + d + j)));
            } else {
                fields.add(generator, target + j, t.coefficient(), shifted);
            }
        }
        return fields.build();
    }
}
