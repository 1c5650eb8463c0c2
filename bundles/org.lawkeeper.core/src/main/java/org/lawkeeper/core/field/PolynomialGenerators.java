package org.lawkeeper.core.field;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.fraction.BigFraction;
import org.lawkeeper.core.jet.JetArithmetic;
import org.lawkeeper.core.linalg.RationalConstants;
import org.lawkeeper.core.polynomial.Monomial;
import org.lawkeeper.core.polynomial.Polynomial;

/** Generating fields whose components are polynomials with rational coefficients, stored as terms. */
public record PolynomialGenerators(int stateDimension, int generatorCount, List<FieldTerm> terms)
        implements GeneratingFields {

    /**
     * By generator, then component. A lambda of this class, not Comparator's combinators: the AOT cache keeps
     * the one and not the others, which a one-shot count would spin up for 3 ms.
     */
    private static final Comparator<FieldTerm> BY_GENERATOR_AND_COMPONENT = (a, b) -> a.generator() != b.generator()
            ? Integer.compare(a.generator(), b.generator())
            : Integer.compare(a.component(), b.component());

    public PolynomialGenerators {
        terms = terms.stream().sorted(BY_GENERATOR_AND_COMPONENT).toList();
        for (FieldTerm t : terms) {
            if (t.generator() < 0 || t.generator() >= generatorCount || t.component() < 0
                    || t.component() >= stateDimension) {
                throw new IllegalArgumentException("term " + t + " outside " + generatorCount
                        + " fields on dimension " + stateDimension);
            }
        }
    }

    /** Component {@code component} of field {@code generator} as a polynomial in the state variables. */
    public Polynomial component(int generator, int component) {
        Polynomial sum = Polynomial.ZERO;
        for (FieldTerm t : terms) {
            if (t.generator() == generator && t.component() == component) {
                sum = sum.plus(Polynomial.term(t.coefficient(), t.monomial()));
            }
        }
        return sum;
    }

    /** The coefficients of the terms, and of each monomial of a component once its terms are summed. */
    @Override
    public RationalConstants constants() {
        Map<Place, BigFraction> sums = new HashMap<>();
        for (FieldTerm t : terms) {
            sums.merge(new Place(t.generator(), t.component(), t.monomial()), t.coefficient(), BigFraction::add);
        }
        List<BigFraction> coefficients = new ArrayList<>(sums.values());
        terms.forEach(t -> coefficients.add(t.coefficient()));
        return RationalConstants.of(coefficients);
    }

    /**
     * A component's monomial in a field. Its hashCode and equals are written out: a record's are bootstrapped
     * through method handles on first use, which costs a one-shot count 5 ms of its 100.
     */
    private record Place(int generator, int component, Monomial monomial) {
        @Override
        public int hashCode() {
            return (31 * generator + component) * 31 + monomial.hashCode();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Place place && place.generator == generator && place.component == component
                    && place.monomial.equals(monomial);
        }
    }

    @Override
    public <A> CompiledPolynomialGenerators<A> compile(JetArithmetic<A> arithmetic, A basePoint) {
        return new CompiledPolynomialGenerators<>(arithmetic, this);
    }

    /** Collects terms; a term list is built once per flow and model. */
    public static final class Builder {
        private final int stateDimension;
        private final int generatorCount;
        private final List<FieldTerm> terms = new ArrayList<>();

        public Builder(int stateDimension, int generatorCount) {
            this.stateDimension = stateDimension;
            this.generatorCount = generatorCount;
        }

        /** Adds {@code polynomial} to component {@code component} of field {@code generator}. */
        public Builder add(int generator, int component, Polynomial polynomial) {
            polynomial.forEachTerm((m, c) -> terms.add(new FieldTerm(generator, component, c, m)));
            return this;
        }

        public Builder add(int generator, int component, BigFraction c, Monomial m) {
            terms.add(new FieldTerm(generator, component, c, m));
            return this;
        }

        public int size() {
            return terms.size();
        }

        public PolynomialGenerators build() {
            return new PolynomialGenerators(stateDimension, generatorCount, terms);
        }
    }
}
