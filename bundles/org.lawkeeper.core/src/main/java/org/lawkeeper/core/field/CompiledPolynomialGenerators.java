package org.lawkeeper.core.field;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.fraction.BigFraction;
import org.lawkeeper.core.jet.JetArithmetic;

/**
 * Polynomial generating fields flattened into arrays for evaluation at jet points: per term its
 * generator, component, coefficient and the variables of its monomial (with repetition).
 *
 * <p>The terms of degree 1 come first, sorted by component: a member's value at a jet point is then, for
 * each component, one sum over a run of terms that the arithmetic keeps in registers and writes once
 * ({@link JetArithmetic#addProducts}), where term by term every term read and wrote its component's entry
 * at a scattered place. Fields of gradient flows of linear networks have only such terms. The other terms
 * follow, by generator.
 *
 * @param <A> the primitive array type of the arithmetic
 */
public final class CompiledPolynomialGenerators<A> implements CompiledGenerators<A> {
    private final JetArithmetic<A> arithmetic;
    private final int dimension;
    private final int generatorCount;
    private final int[] generator;
    private final int[] component;
    private final int[] variableStart;
    private final int[] variables;
    private final A coefficients;
    /** Terms [0, linearTerms) have degree 1; those of component c are [linearStart[c], linearStart[c + 1]). */
    private final int linearTerms;
    private final int[] linearStart;
    /** The variable of each term of degree 1. */
    private final int[] linearVariable;
    /** The terms of generator g are generatorTerms[generatorStart[g], generatorStart[g + 1]). */
    private final int[] generatorTerms;
    private final int[] generatorStart;
    private final A one;
    /** The point whose term values are cached, and c_t·m_t there for every term t. */
    private A valuedPoint;
    private A termValues;

    CompiledPolynomialGenerators(JetArithmetic<A> arithmetic, PolynomialGenerators fields) {
        this.arithmetic = arithmetic;
        this.dimension = fields.stateDimension();
        this.generatorCount = fields.generatorCount();
        List<FieldTerm> terms = inEvaluationOrder(fields.terms());
        int count = terms.size();
        generator = new int[count];
        component = new int[count];
        variableStart = new int[count + 1];
        coefficients = arithmetic.allocate(count);
        generatorStart = new int[generatorCount + 1];
        linearStart = new int[dimension + 1];
        int totalDegree = terms.stream().mapToInt(t -> t.monomial().degree()).sum();
        variables = new int[totalDegree];
        int at = 0;
        int linear = 0;
        for (int t = 0; t < count; t++) {
            FieldTerm term = terms.get(t);
            generator[t] = term.generator();
            component[t] = term.component();
            arithmetic.setRational(coefficients, t, term.coefficient());
            variableStart[t] = at;
            for (int v : term.monomial().variables()) {
                variables[at++] = v;
            }
            generatorStart[term.generator() + 1]++;
            if (term.monomial().degree() == 1) {
                linear++;
                linearStart[term.component() + 1]++;
            }
        }
        variableStart[count] = at;
        linearTerms = linear;
        linearVariable = new int[linear];
        for (int t = 0; t < linear; t++) {
            linearVariable[t] = variables[variableStart[t]];
        }
        for (int c = 0; c < dimension; c++) {
            linearStart[c + 1] += linearStart[c];
        }
        generatorTerms = new int[count];
        int[] next = new int[generatorCount];
        for (int g = 0; g < generatorCount; g++) {
            generatorStart[g + 1] += generatorStart[g];
            next[g] = generatorStart[g];
        }
        for (int t = 0; t < count; t++) {
            generatorTerms[next[generator[t]]++] = t;
        }
        one = arithmetic.allocate(1);
        arithmetic.setRational(one, 0, BigFraction.ONE);
    }

    /**
     * Terms of degree 1 by component, then the others as the fields list them (by generator). The comparator is
     * a lambda of this class: the AOT cache keeps it, not those of Comparator's combinators (3 ms cold).
     */
    private static List<FieldTerm> inEvaluationOrder(List<FieldTerm> terms) {
        List<FieldTerm> ordered = new ArrayList<>(terms.size());
        terms.stream().filter(t -> t.monomial().degree() == 1)
                .sorted((a, b) -> Integer.compare(a.component(), b.component())).forEach(ordered::add);
        terms.stream().filter(t -> t.monomial().degree() != 1).forEach(ordered::add);
        return ordered;
    }

    /** The number of generators χ_i. */
    public int generatorCount() {
        return generatorCount;
    }

    @Override
    public int memberSize() {
        return generatorCount;
    }

    public int dimension() {
        return dimension;
    }

    /** The combination Σ w_i χ_i. */
    @Override
    public JetField<A> member(A weights) {
        A termCoefficients = arithmetic.allocate(generator.length);
        for (int t = 0; t < generator.length; t++) {
            arithmetic.multiplyScalars(weights, generator[t], coefficients, t, termCoefficients, t);
        }
        return (point, order) -> evaluate(termCoefficients, point, order);
    }

    /**
     * Σ_t w_{g(t)}·(c_t·m_t(q)) into component(t): the term values at q are computed once per point, so a
     * value costs one multiply-add per term instead of weighting every term and evaluating its monomial. The
     * linear terms' runs sum in one pass per component, as in {@link #evaluate}, gathering the weights.
     */
    @Override
    public A memberValue(A weights, A point) {
        if (point != valuedPoint) {
            termValues = termValues(point);
            valuedPoint = point;
        }
        A out = arithmetic.allocate(dimension);
        addLinearRuns(termValues, generator, weights, 1, out);
        if (linearTerms < generator.length) {
            for (int t = linearTerms; t < generator.length; t++) {
                arithmetic.accumulate(weights, generator[t], termValues, t, out, component[t], 1);
            }
            arithmetic.settle(out);
        }
        return out;
    }

    /** c_t·m_t(q) for every term t. */
    private A termValues(A point) {
        A values = arithmetic.allocate(generator.length);
        for (int t = 0; t < generator.length; t++) {
            arithmetic.multiplyScalars(coefficients, t, one, 0, values, t);
            for (int k = variableStart[t]; k < variableStart[t + 1]; k++) {
                arithmetic.multiplyScalars(values, t, point, variables[k], values, t);
            }
        }
        return values;
    }

    /** Generator {@code g} alone at a jet point. */
    public A evaluateGenerator(int g, A point, int order) {
        int size = 1 << order;
        A out = arithmetic.allocate(dimension * size);
        Scratch scratch = new Scratch(size);
        for (int i = generatorStart[g]; i < generatorStart[g + 1]; i++) {
            addTerm(generatorTerms[i], coefficients, point, order, out, scratch);
        }
        arithmetic.settle(out);
        return out;
    }

    /** The member with these term coefficients at a jet point: the runs of linear terms, then term by term. */
    private A evaluate(A termCoefficients, A point, int order) {
        int size = 1 << order;
        A out = arithmetic.allocate(dimension * size);
        addLinearRuns(termCoefficients, linearVariable, point, size, out);
        if (linearTerms < generator.length) {
            Scratch scratch = new Scratch(size);
            for (int t = linearTerms; t < generator.length; t++) {
                addTerm(t, termCoefficients, point, order, out, scratch);
            }
            arithmetic.settle(out);
        }
        return out;
    }

    /**
     * out's component c += Σ over its run of linear terms t of factors[t]·x at gathered[t] (jets of {@code size}
     * scalars); out stays canonical.
     */
    private void addLinearRuns(A factors, int[] gathered, A x, int size, A out) {
        if (linearTerms == 0) {
            return;
        }
        for (int c = 0; c < dimension; c++) {
            arithmetic.addProducts(factors, linearStart[c], linearStart[c + 1], gathered, x, size, out, c * size);
        }
    }

    /** Adds term t, with coefficient termCoefficients[t], at a jet point into out's lazy sums. */
    private void addTerm(int t, A termCoefficients, A point, int order, A out, Scratch scratch) {
        int size = 1 << order;
        int start = variableStart[t];
        int degree = variableStart[t + 1] - start;
        int target = component[t] * size;
        if (degree == 0) {
            arithmetic.accumulate(termCoefficients, t, one, 0, out, target, 1);
        } else if (degree == 1) {
            arithmetic.accumulate(termCoefficients, t, point, variables[start] * size, out, target, size);
        } else {
            arithmetic.multiply(point, variables[start] * size, point, variables[start + 1] * size, scratch.product,
                    0, order);
            for (int k = 2; k < degree; k++) {
                arithmetic.multiply(scratch.product, 0, point, variables[start + k] * size, scratch.next, 0, order);
                scratch.swap();
            }
            arithmetic.accumulate(termCoefficients, t, scratch.product, 0, out, target, size);
        }
    }

    /** The two jets a monomial's product is built in. */
    private final class Scratch {
        private A product;
        private A next;

        Scratch(int size) {
            product = arithmetic.allocate(size);
            next = arithmetic.allocate(size);
        }

        void swap() {
            A swap = product;
            product = next;
            next = swap;
        }
    }
}
