package org.lawkeeper.core.field;

import java.util.List;
import org.lawkeeper.core.jet.JetArithmetic;

/**
 * Values of iterated Lie brackets at a point, computed from field values at jet points only.
 *
 * <p>With the convention [X, Y] = DY·X − DX·Y: evaluating Y at q + εX(q) gives Y(q) and DY(q)X(q);
 * evaluating X at q + εY(q) gives DX(q)Y(q). A bracket of depth k therefore needs the generators at
 * jets of order up to k−1 (2^(k−1) scalars per coordinate) and never a symbolic expression.
 *
 * @param <A> the primitive array type of the arithmetic
 */
public final class BracketEvaluator<A> {
    private final JetArithmetic<A> arithmetic;
    private final int dimension;
    private long fieldEvaluations;

    public BracketEvaluator(JetArithmetic<A> arithmetic, int dimension) {
        this.arithmetic = arithmetic;
        this.dimension = dimension;
    }

    /** How many single-field evaluations all calls so far have needed. */
    public long fieldEvaluations() {
        return fieldEvaluations;
    }

    /** The value at {@code point} of the member of {@code generators} that {@code coefficients} pick: level 1. */
    public A memberValue(CompiledGenerators<A> generators, A coefficients, A point) {
        fieldEvaluations++;
        return generators.memberValue(coefficients, point);
    }

    /** [F_0, [F_1, […, F_{k−1}]]] at {@code point} (plain scalars, length n). */
    public A rightNormed(List<JetField<A>> fields, A point) {
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a bracket needs at least one field");
        }
        return evaluate(fields, 0, point, 0);
    }

    private A evaluate(List<JetField<A>> fields, int from, A point, int order) {
        JetField<A> x = fields.get(from);
        fieldEvaluations++;
        A xValue = x.evaluate(point, order);
        if (from == fields.size() - 1) {
            return xValue;
        }
        A y = evaluate(fields, from + 1, lift(point, xValue, order), order + 1);
        fieldEvaluations++;
        A x2 = x.evaluate(lift(point, half(y, order, 0), order), order + 1);
        A bracket = arithmetic.allocate(dimension << order);
        arithmetic.subtract(half(y, order, 1), 0, half(x2, order, 1), 0, bracket, 0, dimension << order);
        return bracket;
    }

    /** The point q + ε·w at one order higher: each coordinate block becomes [q_i, w_i]. */
    private A lift(A q, A w, int order) {
        int size = 1 << order;
        A lifted = arithmetic.allocate(dimension * 2 * size);
        for (int i = 0; i < dimension; i++) {
            System.arraycopy(q, i * size, lifted, 2 * i * size, size);
            System.arraycopy(w, i * size, lifted, (2 * i + 1) * size, size);
        }
        return lifted;
    }

    /** The value part (which = 0) or derivative part (which = 1) of a point of order {@code order + 1}. */
    private A half(A jets, int order, int which) {
        int size = 1 << order;
        A part = arithmetic.allocate(dimension * size);
        for (int i = 0; i < dimension; i++) {
            System.arraycopy(jets, (2 * i + which) * size, part, i * size, size);
        }
        return part;
    }
}
