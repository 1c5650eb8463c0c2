package org.lawkeeper.core.field;

import org.hipparchus.fraction.BigFraction;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.flow.GradientFlow;
import org.lawkeeper.core.flow.MirrorMomentumFlow;
import org.lawkeeper.core.flow.MomentumFlow;
import org.lawkeeper.core.flow.NesterovFlow;
import org.lawkeeper.core.polynomial.Monomial;

/**
 * The drift of a flow whose state carries time: the part of the dynamics that does not depend on the
 * loss. It is itself a generating field, because the loss may be any function of the model's outputs,
 * the zero function included (docs/THEORY.md §2). States: (s = e^{λt}, θ) for gradient flow with weight
 * decay λ, (c, θ, θ') for momentum flows with c = t or s = e^{τt}.
 */
final class Drift {
    private Drift() {
    }

    /** Whether {@code flow} has a drift. */
    static boolean exists(Flow flow) {
        return flow.hasTime();
    }

    /** Adds the drift of {@code flow} (D parameters) as field 0 of {@code fields}. */
    static void add(PolynomialGenerators.Builder fields, Flow flow, int d) {
        switch (flow) {
            case GradientFlow f -> {
                // (λs, −λθ)
                BigFraction lambda = f.weightDecay();
                fields.add(0, 0, lambda, Monomial.of(0));
                for (int j = 0; j < d; j++) {
                    fields.add(0, 1 + j, lambda.negate(), Monomial.of(1 + j));
                }
            }
            case MomentumFlow f -> heavyBall(fields, f.tau(), f.weightDecay(), d);
            case MirrorMomentumFlow f -> heavyBall(fields, f.tau(), BigFraction.ZERO, d);
            case NesterovFlow f -> {
                // Nesterov's ODE θ'' + (3/t)θ' = −∇L, drift multiplied by t: (t, t·v, −3v)
                fields.add(0, 0, BigFraction.ONE, Monomial.of(0));
                for (int j = 0; j < d; j++) {
                    fields.add(0, 1 + j, BigFraction.ONE, Monomial.of(0, 1 + d + j));
                    fields.add(0, 1 + d + j, new BigFraction(-3), Monomial.of(1 + d + j));
                }
            }
            default -> throw new IllegalArgumentException(flow.spec() + " has no drift");
        }
    }

    /** (1, v, −λθ) for τ = 0, (τs, v, −τv − λθ) otherwise. */
    private static void heavyBall(PolynomialGenerators.Builder fields, BigFraction tau, BigFraction lambda, int d) {
        boolean friction = tau.getNumerator().signum() != 0;
        fields.add(0, 0, friction ? tau : BigFraction.ONE, friction ? Monomial.of(0) : Monomial.ONE);
        for (int j = 0; j < d; j++) {
            fields.add(0, 1 + j, BigFraction.ONE, Monomial.of(1 + d + j));
            if (friction) {
                fields.add(0, 1 + d + j, tau.negate(), Monomial.of(1 + d + j));
            }
            if (lambda.getNumerator().signum() != 0) {
                fields.add(0, 1 + d + j, lambda.negate(), Monomial.of(1 + j));
            }
        }
    }
}
