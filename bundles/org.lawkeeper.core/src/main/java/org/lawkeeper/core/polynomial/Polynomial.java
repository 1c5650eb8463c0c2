package org.lawkeeper.core.polynomial;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.hipparchus.fraction.BigFraction;

/**
 * A multivariate polynomial with exact rational coefficients, stored sparsely. Immutable.
 * Variables are indices into a model's parameter vector (or a flow's state vector).
 */
public final class Polynomial {
    public static final Polynomial ZERO = new Polynomial(new TreeMap<>());

    private final SortedMap<Monomial, BigFraction> terms;

    private Polynomial(SortedMap<Monomial, BigFraction> terms) {
        this.terms = terms;
    }

    public static Polynomial constant(BigFraction value) {
        return ZERO.plusTerm(Monomial.ONE, value);
    }

    public static Polynomial constant(long value) {
        return constant(new BigFraction(value));
    }

    public static Polynomial variable(int index) {
        return ZERO.plusTerm(Monomial.of(index), BigFraction.ONE);
    }

    /** {@code coefficient · monomial}. */
    public static Polynomial term(BigFraction coefficient, Monomial monomial) {
        return ZERO.plusTerm(monomial, coefficient);
    }

    /** Σ of many polynomials without copying intermediate sums. */
    public static Polynomial sum(Iterable<Polynomial> summands) {
        SortedMap<Monomial, BigFraction> sum = new TreeMap<>();
        for (Polynomial p : summands) {
            p.terms.forEach((m, c) -> accumulate(sum, m, c));
        }
        return new Polynomial(sum);
    }

    public boolean isZero() {
        return terms.isEmpty();
    }

    public int termCount() {
        return terms.size();
    }

    public int degree() {
        return terms.isEmpty() ? -1 : terms.lastKey().degree();
    }

    public BigFraction coefficient(Monomial monomial) {
        return terms.getOrDefault(monomial, BigFraction.ZERO);
    }

    /** The terms, ordered by monomial; read-only. */
    public Map<Monomial, BigFraction> terms() {
        return Collections.unmodifiableSortedMap(terms);
    }

    public void forEachTerm(BiConsumer<Monomial, BigFraction> action) {
        terms.forEach(action);
    }

    public Polynomial plus(Polynomial other) {
        SortedMap<Monomial, BigFraction> sum = new TreeMap<>(terms);
        other.terms.forEach((m, c) -> accumulate(sum, m, c));
        return new Polynomial(sum);
    }

    public Polynomial minus(Polynomial other) {
        return plus(other.negate());
    }

    public Polynomial negate() {
        return scale(BigFraction.MINUS_ONE);
    }

    public Polynomial scale(BigFraction factor) {
        if (factor.getNumerator().signum() == 0) {
            return ZERO;
        }
        SortedMap<Monomial, BigFraction> scaled = new TreeMap<>();
        terms.forEach((m, c) -> scaled.put(m, Coefficients.times(c, factor)));
        return new Polynomial(scaled);
    }

    public Polynomial times(Polynomial other) {
        SortedMap<Monomial, BigFraction> product = new TreeMap<>();
        terms.forEach((m1, c1) -> other.terms.forEach((m2, c2) -> accumulate(product, m1.times(m2), Coefficients.times(c1, c2))));
        return new Polynomial(product);
    }

    /** ∂/∂x_variable. */
    public Polynomial derivative(int variable) {
        SortedMap<Monomial, BigFraction> derivative = new TreeMap<>();
        terms.forEach((m, c) -> {
            int e = m.exponent(variable);
            if (e > 0) {
                accumulate(derivative, m.withoutOne(variable), Coefficients.times(c, e));
            }
        });
        return new Polynomial(derivative);
    }

    /** The same polynomial with every variable index shifted by {@code offset}. */
    public Polynomial shifted(int offset) {
        SortedMap<Monomial, BigFraction> moved = new TreeMap<>();
        terms.forEach((m, c) -> moved.put(m.shifted(offset), c));
        return new Polynomial(moved);
    }

    /** Exact value at a rational point. */
    public BigFraction evaluate(BigFraction[] point) {
        BigFraction value = BigFraction.ZERO;
        for (Map.Entry<Monomial, BigFraction> t : terms.entrySet()) {
            BigFraction product = t.getValue();
            for (int v : t.getKey().variables()) {
                product = product.multiply(point[v]);
            }
            value = value.add(product);
        }
        return value;
    }

    /** The largest variable index used, or -1 for a constant. */
    public int maxVariable() {
        int max = -1;
        for (Monomial m : terms.keySet()) {
            int[] vars = m.variables();
            if (vars.length > 0) {
                max = Math.max(max, vars[vars.length - 1]);
            }
        }
        return max;
    }

    private Polynomial plusTerm(Monomial monomial, BigFraction coefficient) {
        SortedMap<Monomial, BigFraction> sum = new TreeMap<>(terms);
        accumulate(sum, monomial, coefficient);
        return new Polynomial(sum);
    }

    private static void accumulate(SortedMap<Monomial, BigFraction> terms, Monomial m, BigFraction c) {
        BigFraction sum = terms.getOrDefault(m, BigFraction.ZERO).add(c);
        if (sum.getNumerator().signum() == 0) {
            terms.remove(m);
        } else {
            terms.put(m, sum);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Polynomial p && terms.equals(p.terms);
    }

    @Override
    public int hashCode() {
        return terms.hashCode();
    }

    @Override
    public String toString() {
        if (terms.isEmpty()) {
            return "0";
        }
        StringBuilder text = new StringBuilder();
        terms.forEach((m, c) -> {
            if (!text.isEmpty()) {
                text.append(" + ");
            }
            text.append(c).append('*').append(m);
        });
        return text.toString();
    }
}
