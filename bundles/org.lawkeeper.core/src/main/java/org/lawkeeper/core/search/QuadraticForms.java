package org.lawkeeper.core.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.fraction.BigFraction;
import org.lawkeeper.core.flow.MirrorFlow;
import org.lawkeeper.core.flow.MirrorMomentumFlow;
import org.lawkeeper.core.law.StateLayout;
import org.lawkeeper.core.polynomial.Monomial;
import org.lawkeeper.core.polynomial.Polynomial;

/**
 * Reads the linear generator A off a quadratic law, as Noether's correspondence predicts it: a
 * gradient-flow law ½⟨θ, Aθ⟩ has A = its Hessian, symmetric; a momentum law c^k·⟨θ', Aθ⟩ (time factor
 * e^{τt}, t³ or none) has A_jk = the coefficient of θ'_j θ_k, antisymmetric when A is an isometry.
 */
final class QuadraticForms {
    private QuadraticForms() {
    }

    /** How the laws {@code entries} arise from linear generators, in words. */
    static String generators(List<Polynomial> entries, StateLayout layout) {
        if (layout.flow() instanceof MirrorFlow || layout.flow() instanceof MirrorMomentumFlow) {
            return "mirror geometry: outside the Euclidean correspondence";
        }
        if (!layout.hasMomentum()) {
            // under weight decay the time factor s^2 = e^{2λt} multiplies the form
            boolean decay = layout.hasTime();
            boolean quadratic = entries.stream().allMatch(h -> h.terms().keySet().stream()
                    .allMatch(m -> decay ? m.exponent(0) == 2 && m.degree() == 4 : m.degree() == 2));
            String form = decay ? "s²·½⟨θ, Aθ⟩" : "½⟨θ, Aθ⟩";
            return quadratic ? form + " with A = the Hessian, symmetric" : "not of the form " + form;
        }
        for (Polynomial h : entries) {
            Map<Long, BigFraction> a = bilinear(h, layout);
            if (a == null) {
                return "not of the form c(t)·⟨θ', Aθ⟩";
            }
            int d = layout.parameters();
            for (Map.Entry<Long, BigFraction> e : a.entrySet()) {
                long transposed = (e.getKey() % d) * d + e.getKey() / d;
                if (!a.getOrDefault(transposed, BigFraction.ZERO).equals(e.getValue().negate())) {
                    return "c(t)·⟨θ', Aθ⟩ with A not antisymmetric";
                }
            }
        }
        return "c(t)·⟨θ', Aθ⟩ with A antisymmetric: isometries";
    }

    /** A as (j·D + k ↦ A_jk) when every term of {@code h} is c^k·θ'_j·θ_k with one common power k, else null. */
    private static Map<Long, BigFraction> bilinear(Polynomial h, StateLayout layout) {
        int d = layout.parameters();
        Map<Long, BigFraction> a = new HashMap<>();
        int timePower = -1;
        for (Map.Entry<Monomial, BigFraction> t : h.terms().entrySet()) {
            Monomial m = t.getKey();
            int power = m.exponent(0);
            int[] rest = m.variables();
            if (timePower >= 0 && power != timePower || rest.length != power + 2) {
                return null;
            }
            timePower = power;
            int theta = rest[power] - 1;
            int velocity = rest[power + 1] - 1 - d;
            if (theta < 0 || theta >= d || velocity < 0 || velocity >= d) {
                return null;
            }
            a.put((long) velocity * d + theta, t.getValue());
        }
        return a;
    }
}
