package org.lawkeeper.core.law;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hipparchus.fraction.BigFraction;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.CancelledException;
import org.lawkeeper.core.UncheckedCancellation;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.polynomial.Monomial;
import org.lawkeeper.core.polynomial.Polynomial;

/**
 * A law's entries as exact polynomials in the flow's state coordinates. What is not polynomial there
 * — t when the time coordinate is s = e^{rt}, or e^x other than e^{krt} — becomes a <em>formal</em>
 * variable numbered from the state dimension on, remembered with the reason; such entries can still
 * be compared (their gradients in all variables decide independence) but are not polynomial laws.
 *
 * <p>Expansion is bounded: {@link #expand} refuses a law whose {@link ExpansionEstimate} exceeds
 * {@link #maxTerms} or {@link #maxWork} for its state, counts term products as it goes, and polls its
 * {@link Cancellation} at every operation.
 */
final class PolynomialAlgebra implements LawAlgebra<Polynomial> {
    /** Terms of all values computed while expanding one law about a small model: some tens of megabytes at most. */
    static final long MAX_TERMS = 200_000L;
    /** Term products one law about a small model may cost in all: about a second of exact arithmetic. */
    static final long MAX_WORK = 1_000_000L;
    /**
     * Terms and term products allowed per state variable beyond those floors: a law about a layer of real size is
     * large too (the 435 rotation laws of linear:30,30,30 under momentum may take 275,400 terms), and its
     * expansion then costs memory and time in proportion to the model's own analysis, never more.
     */
    static final long PER_VARIABLE = 250;
    /**
     * Bits of a coefficient's numerator or denominator: products and sums of fractions grow them without
     * bound ({@code 1/3+1/7+1/11+…}), and exact arithmetic slows down with their size.
     */
    static final int MAX_COEFFICIENT_BITS = 4096;
    private static final String ADVICE = "; write it with fewer or smaller products and powers";

    private final StateLayout layout;
    private final Cancellation cancellation;
    private final Map<Polynomial, Integer> exponentials = new HashMap<>();
    private final List<String> formalReasons = new ArrayList<>();
    private int formalTime = -1;
    private long work;

    PolynomialAlgebra(StateLayout layout, Cancellation cancellation) {
        this.layout = layout;
        this.cancellation = cancellation;
    }

    /**
     * The entries of {@code node}, row-major, as exact polynomials; {@code column} locates the node for
     * messages.
     *
     * @throws LawSyntaxException when the expansion would be, or turns out to be, larger than the limits
     * @throws CancelledException when the cancellation is raised meanwhile
     */
    List<Polynomial> expand(LawNode node, int column) throws LawSyntaxException, CancelledException {
        ExpansionEstimate estimate = ExpansionEstimate.of(node, layout.dimension());
        if (estimate.terms() > maxTerms(layout.dimension())) {
            throw new LawSyntaxException(column, "the law may expand to " + Limits.count(estimate.terms())
                    + " polynomial terms, above the limit " + maxTerms(layout.dimension()) + ADVICE);
        }
        if (estimate.work() > maxWork(layout.dimension())) {
            throw new LawSyntaxException(column, "expanding the law may take " + Limits.count(estimate.work())
                    + " term products, above the limit " + maxWork(layout.dimension()) + ADVICE);
        }
        try {
            return new LawEvaluator<>(this).evaluate(node);
        } catch (ExpansionLimit e) {
            throw new LawSyntaxException(column, e.getMessage());
        } catch (UncheckedCancellation e) {
            throw e.cancelled();
        }
    }

    /** The terms of all values one law about a state of {@code dimension} variables may take. */
    static long maxTerms(int dimension) {
        return Math.max(MAX_TERMS, PER_VARIABLE * dimension);
    }

    /** The term products one law about a state of {@code dimension} variables may cost. */
    static long maxWork(int dimension) {
        return Math.max(MAX_WORK, PER_VARIABLE * dimension);
    }

    /** The term products of the multiplications so far. */
    long work() {
        return work;
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
        poll();
        return bounded(a.plus(b));
    }

    @Override
    public Polynomial multiply(Polynomial a, Polynomial b) {
        poll();
        work += (long) a.termCount() * b.termCount();
        if (work > maxWork(layout.dimension())) {
            throw new ExpansionLimit("expanding the law takes more than " + maxWork(layout.dimension())
                    + " term products" + ADVICE);
        }
        return bounded(a.times(b));
    }

    private static Polynomial bounded(Polynomial p) {
        for (BigFraction c : p.terms().values()) {
            if (Math.max(c.getNumerator().bitLength(), c.getDenominator().bitLength()) > MAX_COEFFICIENT_BITS) {
                throw new ExpansionLimit("a coefficient of the law grows beyond " + MAX_COEFFICIENT_BITS + " bits");
            }
        }
        return p;
    }

    private void poll() {
        UncheckedCancellation.check(cancellation);
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
