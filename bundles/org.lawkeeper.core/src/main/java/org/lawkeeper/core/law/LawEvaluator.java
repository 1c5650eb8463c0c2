package org.lawkeeper.core.law;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.fraction.BigFraction;
import org.lawkeeper.core.model.ParameterBlock;

/**
 * Evaluates a law's syntax tree in one {@link LawAlgebra}: the matrix semantics of the language,
 * written once for every kind of scalar. Shapes were checked by the parser.
 *
 * @param <S> the scalar type
 */
final class LawEvaluator<S> {
    private final LawAlgebra<S> algebra;

    LawEvaluator(LawAlgebra<S> algebra) {
        this.algebra = algebra;
    }

    /** The entries of {@code node}, row-major. */
    List<S> evaluate(LawNode node) {
        return switch (node) {
            case LawNode.Number n -> List.of(algebra.constant(n.value()));
            case LawNode.Time t -> List.of(algebra.time(t));
            case LawNode.Block b -> block(b.block(), b.velocity());
            case LawNode.Sum s -> sum(s);
            case LawNode.Negation n -> evaluate(n.operand()).stream().map(algebra::negate).toList();
            case LawNode.Product p -> product(p);
            case LawNode.Quotient q -> scaled(evaluate(q.dividend()), algebra.constant(q.divisor().reciprocal()));
            case LawNode.Transpose t -> transpose(evaluate(t.operand()), t.operand().rows(), t.operand().columns());
            case LawNode.Power p -> List.of(power(evaluate(p.base()).get(0), p.exponent()));
            case LawNode.Entry e -> List.of(evaluate(e.operand()).get(e.row() * e.operand().columns() + e.column()));
            case LawNode.Slice s -> slice(evaluate(s.operand()), s);
            case LawNode.Exp e -> List.of(algebra.exp(evaluate(e.argument()).get(0), e));
            case LawNode.Symmetrised s -> {
                List<S> x = evaluate(s.operand());
                yield sum(x, transpose(x, s.rows(), s.columns()), !s.symmetric());
            }
            case LawNode.Trace t -> List.of(trace(evaluate(t.operand()), t.operand().rows()));
            case LawNode.Reduction r -> reduce(r);
        };
    }

    private static <S> List<S> slice(List<S> entries, LawNode.Slice s) {
        List<S> result = new ArrayList<>(s.rows() * s.columns());
        for (int i = 0; i < s.rows(); i++) {
            for (int j = 0; j < s.columns(); j++) {
                result.add(entries.get((s.row() + i) * s.operand().columns() + s.column() + j));
            }
        }
        return result;
    }

    private List<S> block(ParameterBlock block, boolean velocity) {
        List<S> entries = new ArrayList<>(block.size());
        for (int k = 0; k < block.size(); k++) {
            int j = block.offset() + k;
            entries.add(velocity ? algebra.velocity(j) : algebra.theta(j));
        }
        return entries;
    }

    private List<S> sum(List<S> a, List<S> b, boolean subtract) {
        List<S> result = new ArrayList<>(a.size());
        for (int k = 0; k < a.size(); k++) {
            result.add(algebra.add(a.get(k), subtract ? algebra.negate(b.get(k)) : b.get(k)));
        }
        return result;
    }

    private List<S> sum(LawNode.Sum s) {
        List<S> result = null;
        for (int k = 0; k < s.terms().size(); k++) {
            List<S> term = evaluate(s.terms().get(k));
            if (s.subtracted().get(k)) {
                term = term.stream().map(algebra::negate).toList();
            }
            result = result == null ? term : sum(result, term, false);
        }
        return result;
    }

    /** The factors multiplied from the left, keeping the shape of the product so far. */
    private List<S> product(LawNode.Product p) {
        LawNode first = p.factors().get(0);
        List<S> value = evaluate(first);
        int rows = first.rows();
        int columns = first.columns();
        for (LawNode factor : p.factors().subList(1, p.factors().size())) {
            List<S> next = evaluate(factor);
            if (rows == 1 && columns == 1) {
                value = scaled(next, value.get(0));
                rows = factor.rows();
                columns = factor.columns();
            } else if (factor.isScalar()) {
                value = scaled(value, next.get(0));
            } else {
                value = multiply(value, next, rows, columns, factor.columns());
                columns = factor.columns();
            }
        }
        return value;
    }

    private List<S> scaled(List<S> matrix, S factor) {
        return matrix.stream().map(x -> algebra.multiply(factor, x)).toList();
    }

    /** The n×inner matrix a times the inner×m matrix b. */
    private List<S> multiply(List<S> a, List<S> b, int n, int inner, int m) {
        List<S> result = new ArrayList<>(n * m);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                S entry = algebra.multiply(a.get(i * inner), b.get(j));
                for (int k = 1; k < inner; k++) {
                    entry = algebra.add(entry, algebra.multiply(a.get(i * inner + k), b.get(k * m + j)));
                }
                result.add(entry);
            }
        }
        return result;
    }

    private List<S> transpose(List<S> x, int rows, int columns) {
        List<S> result = new ArrayList<>(x.size());
        for (int j = 0; j < columns; j++) {
            for (int i = 0; i < rows; i++) {
                result.add(x.get(i * columns + j));
            }
        }
        return result;
    }

    private S power(S base, int exponent) {
        S result = algebra.constant(BigFraction.ONE);
        for (int k = 0; k < exponent; k++) {
            result = algebra.multiply(result, base);
        }
        return result;
    }

    private S trace(List<S> x, int n) {
        S result = x.get(0);
        for (int i = 1; i < n; i++) {
            result = algebra.add(result, x.get(i * n + i));
        }
        return result;
    }

    private List<S> reduce(LawNode.Reduction r) {
        List<S> x = evaluate(r.operand());
        int columns = r.operand().columns();
        List<S> result = new ArrayList<>();
        for (int k = 0; k < x.size(); k++) {
            int target = switch (r.axis()) {
                case ROWS -> k / columns;
                case COLS -> k % columns;
                case ALL -> 0;
            };
            S value = r.squares() ? algebra.multiply(x.get(k), x.get(k)) : x.get(k);
            if (target == result.size()) {
                result.add(value);
            } else {
                result.set(target, algebra.add(result.get(target), value));
            }
        }
        return result;
    }
}
