package org.lawkeeper.core.law;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hipparchus.fraction.BigFraction;
import org.lawkeeper.core.polynomial.Monomial;
import org.lawkeeper.core.polynomial.Polynomial;

/**
 * A law's entries as exact polynomials in the flow's state coordinates. What is not polynomial there
 * — t when the time coordinate is s = e^{rt}, or e^x other than e^{krt} — becomes a <em>formal</em>
 * variable numbered from the state dimension on, remembered with the reason; such entries can still
 * be compared (their gradients in all variables decide independence) but are not polynomial laws.
 */
final class PolynomialAlgebra implements LawAlgebra<Polynomial> {
    /** Term products one law may cost in all: a few seconds of exact arithmetic at most. */
    static final long MAX_WORK = 20_000_000L;

    private final StateLayout layout;
    private final Map<Polynomial, Integer> exponentials = new HashMap<>();
    private final List<String> formalReasons = new ArrayList<>();
    private int formalTime = -1;
    private long work;

    PolynomialAlgebra(StateLayout layout) {
        this.layout = layout;
    }

    /** The number of variables in use: the state's, then the formal ones. */
    int dimension() {
        return layout.dimension() + formalReasons.size();
    }

    /** Why {@code polynomials} are not polynomials in the state, if they are not. */
    Optional<String> obstruction(Collection<Polynomial> polynomials) {
        int first = Integer.MAX_VALUE;
        for (Polynomial p : polynomials) {
            for (Monomial m : p.terms().keySet()) {
                for (int v : m.support()) {
                    if (v >= layout.dimension()) {
                        first = Math.min(first, v);
                    }
                }
            }
        }
        return first == Integer.MAX_VALUE ? Optional.empty()
                : Optional.of(formalReasons.get(first - layout.dimension()));
    }

    @Override
    public Polynomial constant(BigFraction value) {
        return Polynomial.constant(value);
    }

    @Override
    public Polynomial add(Polynomial a, Polynomial b) {
        return a.plus(b);
    }

    @Override
    public Polynomial multiply(Polynomial a, Polynomial b) {
        work += (long) a.termCount() * b.termCount();
        if (work > MAX_WORK) {
            throw new ExpansionLimit("the law expands to too many polynomial terms (more than " + MAX_WORK
                    + " term products); write it with fewer or smaller products");
        }
        return a.times(b);
    }

    @Override
    public Polynomial negate(Polynomial a) {
        return a.negate();
    }

    @Override
    public Polynomial theta(int j) {
        return Polynomial.variable(layout.theta(j));
    }

    @Override
    public Polynomial velocity(int j) {
        return Polynomial.variable(layout.velocity(j));
    }

    @Override
    public Polynomial time(LawNode.Time node) {
        if (!layout.timeIsExponential()) {
            return Polynomial.variable(0);
        }
        if (formalTime < 0) {
            formalTime = formal("column " + node.column() + ": t is not a polynomial in the state "
                    + layout.flow().stateDescription() + "; time enters only through s = " + layout.coordinateName(0));
        }
        return Polynomial.variable(formalTime);
    }

    @Override
    public Polynomial exp(Polynomial argument, LawNode.Exp node) {
        if (argument.isZero()) {
            return Polynomial.constant(1);
        }
        Optional<Integer> power = powerOfS(argument);
        if (power.isPresent()) {
            // s^k: the state's coordinate 0, k times
            return Polynomial.term(BigFraction.ONE, Monomial.of(new int[power.get()]));
        }
        Integer symbol = exponentials.get(argument);
        if (symbol == null) {
            String allowed = layout.timeIsExponential()
                    ? "only exp(k*" + (layout.hasMomentum() ? "tau" : "wd") + "*t) for a whole k ≥ 0 is, as s^k with s = "
                            + layout.coordinateName(0)
                    : "only exp(0) is";
            symbol = formal("column " + node.column() + ": exp(…) is not a polynomial in the state "
                    + layout.flow().stateDescription() + "; " + allowed);
            exponentials.put(argument, symbol);
        }
        return Polynomial.variable(symbol);
    }

    /** k when {@code argument} is k·r·t for a whole k ≥ 1 and the time coordinate is s = e^{rt}. */
    private Optional<Integer> powerOfS(Polynomial argument) {
        if (formalTime < 0 || argument.termCount() != 1
                || !argument.terms().containsKey(Monomial.of(formalTime))) {
            return Optional.empty();
        }
        BigFraction k = argument.coefficient(Monomial.of(formalTime)).divide(layout.timeRate().orElseThrow());
        boolean whole = k.getDenominator().equals(BigInteger.ONE) && k.getNumerator().signum() > 0
                && k.getNumerator().bitLength() < 8;
        return whole ? Optional.of(k.getNumerator().intValue()) : Optional.empty();
    }

    private int formal(String reason) {
        formalReasons.add(reason);
        return layout.dimension() + formalReasons.size() - 1;
    }
}
