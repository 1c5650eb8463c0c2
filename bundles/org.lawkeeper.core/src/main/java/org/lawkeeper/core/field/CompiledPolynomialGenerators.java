package org.lawkeeper.core.field;

import java.util.List;
import org.hipparchus.fraction.BigFraction;
import org.lawkeeper.core.jet.JetArithmetic;

/**
 * Polynomial generating fields flattened into arrays for evaluation at jet points: per term its
 * generator, component, coefficient and the variables of its monomial (with repetition).
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
    /** Term range of each generator (terms are sorted by generator). */
    private final int[] generatorStart;
    private final A one;
    /** The point whose term values are cached, and c_t·m_t there for every term t. */
    private A valuedPoint;
    private A termValues;

    CompiledPolynomialGenerators(JetArithmetic<A> arithmetic, PolynomialGenerators fields) {
        this.arithmetic = arithmetic;
        this.dimension = fields.stateDimension();
        this.generatorCount = fields.generatorCount();
        List<FieldTerm> terms = fields.terms();
        int count = terms.size();
        generator = new int[count];
        component = new int[count];
        variableStart = new int[count + 1];
        coefficients = arithmetic.allocate(count);
        generatorStart = new int[generatorCount + 1];
        int totalDegree = terms.stream().mapToInt(t -> t.monomial().degree()).sum();
        variables = new int[totalDegree];
        int at = 0;
        for (int t = 0; t < count; t++) {
            FieldTerm term = terms.get(t);
            generator[t] = term.generator();
            component[t] = term.component();
            arithmetic.setRational(coefficients, t, term.coefficient());
            variableStart[t] = at;
            for (int v : term.monomial().variables()) {
                variables[at++] = v;
            }
            generatorStart[term.generator() + 1] = t + 1;
        }
        variableStart[count] = at;
        for (int g = 1; g <= generatorCount; g++) {
            generatorStart[g] = Math.max(generatorStart[g], generatorStart[g - 1]);
        }
        one = arithmetic.allocate(1);
        arithmetic.setRational(one, 0, BigFraction.ONE);
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
        return (point, order) -> evaluate(termCoefficients, 0, generator.length, point, order);
    }

    /**
     * Σ_t w_{g(t)}·(c_t·m_t(q)) into component(t): the term values at q are computed once per point, so a
     * value costs one multiply-add per term instead of weighting every term and evaluating its monomial.
     */
    @Override
    public A memberValue(A weights, A point) {
        if (point != valuedPoint) {
            termValues = termValues(point);
            valuedPoint = point;
        }
        A out = arithmetic.allocate(dimension);
        for (int t = 0; t < generator.length; t++) {
            arithmetic.accumulate(weights, generator[t], termValues, t, out, component[t], 1);
        }
        arithmetic.settle(out);
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
        return evaluate(coefficients, generatorStart[g], generatorStart[g + 1], point, order);
    }

    private A evaluate(A termCoefficients, int fromTerm, int toTerm, A point, int order) {
        int size = 1 << order;
        A out = arithmetic.allocate(dimension * size);
        A product = arithmetic.allocate(size);
        A next = arithmetic.allocate(size);
        for (int t = fromTerm; t < toTerm; t++) {
            int start = variableStart[t];
            int degree = variableStart[t + 1] - start;
            int target = component[t] * size;
            if (degree == 0) {
                arithmetic.accumulate(termCoefficients, t, one, 0, out, target, 1);
            } else if (degree == 1) {
                arithmetic.accumulate(termCoefficients, t, point, variables[start] * size, out, target, size);
            } else {
                arithmetic.multiply(point, variables[start] * size, point, variables[start + 1] * size, product, 0,
                        order);
                for (int k = 2; k < degree; k++) {
                    arithmetic.multiply(product, 0, point, variables[start + k] * size, next, 0, order);
                    A swap = product;
                    product = next;
                    next = swap;
                }
                arithmetic.accumulate(termCoefficients, t, product, 0, out, target, size);
            }
        }
        arithmetic.settle(out);
        return out;
    }
}
