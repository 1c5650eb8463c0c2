package org.lawkeeper.core.field;

import org.hipparchus.fraction.BigFraction;
import org.lawkeeper.core.LimitExceededException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.polynomial.Monomial;

/**
 * Generating fields of second-order flows on the state (c, θ, v) ∈ R^{2D+1}: coordinate 0 is the
 * time-like variable c (t, or s = e^{τt} for constant friction τ ≠ 0), θ_j is coordinate 1 + j and
 * v_j = θ'_j is coordinate 1 + D + j. Field 0 is the drift; field i + 1 is the force of φ_i.
 */
final class SecondOrderFields {
    private final Model model;
    private final int d;
    private final PolynomialGenerators.Builder fields;

    private SecondOrderFields(Model model, Limits limits, String flow) throws LimitExceededException {
        this.model = model;
        this.d = model.parameterCount();
        limits.checkStateDimension(2 * d + 1, model.name() + " under " + flow);
        this.fields = new PolynomialGenerators.Builder(2 * d + 1, model.factorisation().size() + 1);
    }

    /**
     * Heavy-ball fields: drift (1, v, 0) for τ = 0, (τs, v, −τv) otherwise; forces (0, 0, M∇φ_i) where
     * M = diag(τθ + v) on mirrored coordinates when {@code mirrored}, identity otherwise.
     */
    static PolynomialGenerators heavyBall(Model model, BigFraction tau, boolean mirrored, Limits limits, String flow)
            throws LimitExceededException {
        SecondOrderFields f = new SecondOrderFields(model, limits, flow);
        boolean friction = tau.getNumerator().signum() != 0;
        f.fields.add(0, 0, friction ? tau : BigFraction.ONE, friction ? Monomial.of(0) : Monomial.ONE);
        for (int j = 0; j < f.d; j++) {
            f.fields.add(0, f.theta(j), BigFraction.ONE, Monomial.of(f.velocity(j)));
            if (friction) {
                f.fields.add(0, f.velocity(j), tau.negate(), Monomial.of(f.velocity(j)));
            }
        }
        f.addForces(model, mirrored ? tau : null, limits);
        return f.fields.build();
    }

    /** Nesterov's ODE θ'' + (3/t)θ' = −∇L, drift multiplied by t: (t, t·v, −3v); forces (0, 0, ∇φ_i). */
    static PolynomialGenerators nesterov(Model model, Limits limits) throws LimitExceededException {
        SecondOrderFields f = new SecondOrderFields(model, limits, "nesterov");
        f.fields.add(0, 0, BigFraction.ONE, Monomial.of(0));
        for (int j = 0; j < f.d; j++) {
            f.fields.add(0, f.theta(j), BigFraction.ONE, Monomial.of(0, f.velocity(j)));
            f.fields.add(0, f.velocity(j), new BigFraction(-3), Monomial.of(f.velocity(j)));
        }
        f.addForces(model, null, limits);
        return f.fields.build();
    }

    /** Forces (0, 0, M∇φ_i); {@code mirrorTau} non-null selects M = diag(τθ + v) on mirrored coordinates. */
    private void addForces(Model m, BigFraction mirrorTau, Limits limits) throws LimitExceededException {
        for (FieldTerm t : GradientTerms.of(m, limits)) {
            int j = t.component();
            Monomial shifted = t.monomial().shifted(1);
            if (mirrorTau != null && model.mirrored(j)) {
                if (mirrorTau.getNumerator().signum() != 0) {
                    fields.add(t.generator() + 1, velocity(j), t.coefficient().multiply(mirrorTau),
                            shifted.times(Monomial.of(theta(j))));
                }
                fields.add(t.generator() + 1, velocity(j), t.coefficient(), shifted.times(Monomial.of(velocity(j))));
            } else {
                fields.add(t.generator() + 1, velocity(j), t.coefficient(), shifted);
            }
        }
    }

    private int theta(int j) {
        return 1 + j;
    }

    private int velocity(int j) {
        return 1 + d + j;
    }
}
