package org.lawkeeper.harness.discrete;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hipparchus.fraction.BigFraction;
import org.lawkeeper.core.law.Law;
import org.lawkeeper.core.law.StateLayout;
import org.lawkeeper.core.polynomial.Monomial;
import org.lawkeeper.core.polynomial.Polynomial;
import org.lawkeeper.harness.dynamics.Polynomials_F64;

/**
 * The entries of a first-order law as homogeneous polynomials of θ alone, of degree 1 (linear laws such as
 * softmax column sums) or 2 (quadratic forms θᵀAθ such as balancedness): what the exact step identities speak
 * about (docs/ALGORITHMS.md §18). A time factor s^k = e^{kλt} that makes the law exact under gradient flow with
 * weight decay is set aside: a discrete step has its own factors (1 − ηλ).
 */
final class HomogeneousLaw {
    private final Polynomials_F64 entries;
    private final int degree;
    private final int parameters;

    private HomogeneousLaw(Polynomials_F64 entries, int degree, int parameters) {
        this.entries = entries;
        this.degree = degree;
        this.parameters = parameters;
    }

    /**
     * The θ-parts of {@code law}'s entries; empty unless it is polynomial, free of velocities, and each entry
     * is s^k times a form of degree 1 or 2 (the same for every entry).
     */
    static Optional<HomogeneousLaw> of(Law law, StateLayout layout) {
        if (!law.isPolynomial() || layout.hasMomentum()) {
            return Optional.empty();
        }
        int offset = layout.hasTime() ? 1 : 0;
        List<Polynomial> forms = new ArrayList<>();
        int degree = -1;
        for (Polynomial entry : law.polynomials()) {
            Optional<Polynomial> form = withoutTimeFactor(entry, offset);
            if (form.isEmpty() || form.get().isZero()) {
                return Optional.empty();
            }
            int d = homogeneousDegree(form.get());
            if (d < 1 || d > 2 || degree >= 0 && d != degree) {
                return Optional.empty();
            }
            degree = d;
            forms.add(form.get());
        }
        return forms.isEmpty() ? Optional.empty()
                : Optional.of(new HomogeneousLaw(new Polynomials_F64(forms, layout.parameters()), degree,
                        layout.parameters()));
    }

    /** p in θ alone when every term has the same power of the time coordinate (0 when {@code offset} is 0). */
    private static Optional<Polynomial> withoutTimeFactor(Polynomial p, int offset) {
        List<Polynomial> terms = new ArrayList<>();
        int power = -1;
        for (Map.Entry<Monomial, BigFraction> term : p.terms().entrySet()) {
            int[] variables = term.getKey().variables();
            int time = offset == 0 ? 0 : term.getKey().exponent(0);
            if (power >= 0 && power != time) {
                return Optional.empty();
            }
            power = time;
            int[] theta = Arrays.stream(variables).filter(v -> v >= offset).map(v -> v - offset).toArray();
            terms.add(Polynomial.term(term.getValue(), Monomial.of(theta)));
        }
        return Optional.of(Polynomial.sum(terms));
    }

    /** The common degree of p's terms, or −1 when they differ. */
    private static int homogeneousDegree(Polynomial p) {
        int[] degrees = p.terms().keySet().stream().mapToInt(Monomial::degree).distinct().toArray();
        return degrees.length == 1 ? degrees[0] : -1;
    }

    /** 1 for linear laws, 2 for quadratic forms. */
    int degree() {
        return degree;
    }

    /** The number of entries. */
    int size() {
        return entries.componentCount();
    }

    /** h_k(x) for every entry. */
    double[] values(double[] x) {
        double[] out = new double[size()];
        entries.values(x, out);
        return out;
    }

    /** Σ|terms| of each entry at x. */
    double[] magnitudes(double[] x) {
        double[] out = new double[size()];
        entries.magnitudes(x, out);
        return out;
    }

    /** The magnitudes of the terms of ∇h_k(x), coordinate by coordinate. */
    double[] gradientMagnitude(int k, double[] x) {
        double[] unit = new double[size()];
        unit[k] = 1;
        double[] out = new double[parameters];
        entries.pullBackMagnitude(x, unit, out);
        return out;
    }

    /** Rounded operations along the longest chain that evaluates an entry. */
    int roundingDepth() {
        return entries.roundingDepth();
    }
}
