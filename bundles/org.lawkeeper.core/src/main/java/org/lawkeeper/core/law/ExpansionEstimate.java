package org.lawkeeper.core.law;

/**
 * Upper bounds, taken from the syntax tree before anything is expanded, on what expanding a law into
 * polynomials costs: the terms of every intermediate value, and the term products. An entry of a node
 * has at most as many terms as its structure allows (a sum: the sum of its terms' counts; a product of
 * a and b: a·b; a matrix product: the inner size times that), and never more than the monomials of its
 * degree d in the v variables it can contain, C(v + d, d). Summed over all nodes and entries, these bound
 * the memory and the time of {@link LawEvaluator} over {@link PolynomialAlgebra}, which refuses the law
 * before expanding when either is too large. A formal variable (t or exp(…) where they are not
 * polynomial in the state) counts as one variable per occurrence; {@link PolynomialAlgebra} also counts
 * while it expands. See docs/ALGORITHMS.md §8, "Bounded law expansion".
 */
final class ExpansionEstimate {
    private final int stateVariables;
    private long terms;
    private long work;

    /**
     * A bound on the terms of one entry of a node, on the variables its entries can contain (counted with
     * repetition), and on how many of them can be formal: one per {@code t} or {@code exp(…)}.
     */
    private record Bound(long terms, int variables, int formal) {
        static final Bound CONSTANT = new Bound(1, 0, 0);

        Bound with(long newTerms, Bound other) {
            return new Bound(newTerms, Math.min(MAX_VARIABLES, variables + other.variables),
                    Math.min(MAX_VARIABLES, formal + other.formal));
        }
    }

    /** More variables than any model has (its state dimension is bounded far below). */
    private static final int MAX_VARIABLES = 1 << 24;

    private ExpansionEstimate(int stateVariables) {
        this.stateVariables = stateVariables;
    }

    /** The estimate for the tree under {@code root}, in {@code stateVariables} state variables. */
    static ExpansionEstimate of(LawNode root, int stateVariables) {
        ExpansionEstimate estimate = new ExpansionEstimate(stateVariables);
        estimate.perEntry(root);
        return estimate;
    }

    /** A bound on the terms of every value computed, all entries of all nodes together (saturating). */
    long terms() {
        return terms;
    }

    /** A bound on the term products of every multiplication (saturating). */
    long work() {
        return work;
    }

    /** A bound on one entry of {@code node}; adds the node's cost to the totals. */
    private Bound perEntry(LawNode node) {
        Bound bound = switch (node) {
            case LawNode.Number n -> Bound.CONSTANT;
            case LawNode.Block b -> new Bound(1, b.block().size(), 0);
            case LawNode.Time t -> new Bound(1, 1, 1);
            case LawNode.Exp e -> {
                perEntry(e.argument());
                yield new Bound(1, 1, 1); // 1, s^k or one formal variable
            }
            case LawNode.Sum s -> {
                Bound sum = new Bound(0, 0, 0);
                for (LawNode term : s.terms()) {
                    Bound b = perEntry(term);
                    sum = sum.with(add(sum.terms(), b.terms()), b);
                }
                yield sum;
            }
            case LawNode.Negation n -> perEntry(n.operand());
            case LawNode.Quotient q -> scaled(perEntry(q.dividend()), entries(q.dividend()));
            case LawNode.Transpose t -> perEntry(t.operand());
            case LawNode.Entry e -> {
                Bound operand = perEntry(e.operand());
                // an entry of a block is one variable
                yield e.operand() instanceof LawNode.Block ? new Bound(1, 1, 0) : operand;
            }
            case LawNode.Slice s -> perEntry(s.operand());
            case LawNode.Symmetrised s -> times(perEntry(s.operand()), 2);
            case LawNode.Trace t -> times(perEntry(t.operand()), t.operand().rows());
            case LawNode.Power p -> power(p);
            case LawNode.Product p -> product(p);
            case LawNode.Reduction r -> reduction(r);
        };
        bound = capped(bound, node.degree());
        terms = add(terms, multiply(entries(node), bound.terms()));
        return bound;
    }

    /** Multiplies from the left as {@link LawEvaluator} does, keeping the shape of the product so far. */
    private Bound product(LawNode.Product p) {
        LawNode first = p.factors().get(0);
        Bound value = perEntry(first);
        int rows = first.rows();
        int columns = first.columns();
        int degree = first.degree();
        for (LawNode factor : p.factors().subList(1, p.factors().size())) {
            Bound next = perEntry(factor);
            degree += factor.degree();
            if (rows == 1 && columns == 1) {
                value = multiplied(value, next, entries(factor), 1);
                rows = factor.rows();
                columns = factor.columns();
            } else if (factor.isScalar()) {
                value = multiplied(value, next, rows * (long) columns, 1);
            } else {
                value = multiplied(value, next, multiply(rows, factor.columns()), columns);
                columns = factor.columns();
            }
            value = capped(value, degree);
            terms = add(terms, multiply(rows * (long) columns, value.terms()));
        }
        return value;
    }

    private Bound power(LawNode.Power p) {
        Bound base = perEntry(p.base());
        Bound value = Bound.CONSTANT;
        for (int k = 1; k <= p.exponent(); k++) {
            Bound product = multiplied(value, base, 1, 1);
            // every factor is the same base: no variables beyond the base's
            value = capped(new Bound(product.terms(), base.variables(), base.formal()), k * p.base().degree());
        }
        return value;
    }

    private Bound reduction(LawNode.Reduction r) {
        Bound entry = perEntry(r.operand());
        if (r.squares()) {
            entry = multiplied(entry, entry, entries(r.operand()), 1);
        }
        long reduced = switch (r.axis()) {
            case ROWS -> r.operand().columns();
            case COLS -> r.operand().rows();
            case ALL -> entries(r.operand());
        };
        return times(entry, reduced);
    }

    /**
     * {@code count} entries, each a sum of {@code inner} products of an entry like {@code a} by one like
     * {@code b}: charges the term products and returns the bound on one result.
     */
    private Bound multiplied(Bound a, Bound b, long count, long inner) {
        long products = multiply(a.terms(), b.terms());
        work = add(work, multiply(multiply(count, inner), products));
        return a.with(multiply(inner, products), b);
    }

    /** Every one of {@code count} entries multiplied by a constant. */
    private Bound scaled(Bound a, long count) {
        work = add(work, multiply(count, a.terms()));
        return a;
    }

    private static Bound times(Bound a, long factor) {
        return new Bound(multiply(a.terms(), factor), a.variables(), a.formal());
    }

    /** At most the monomials of degree ≤ {@code degree} in the variables the entry can contain. */
    private Bound capped(Bound bound, int degree) {
        int variables = Math.min(bound.variables(), stateVariables + bound.formal());
        return new Bound(Math.min(bound.terms(), monomials(variables, degree)), variables, bound.formal());
    }

    /** C(n + d, d), the monomials of degree at most d in n variables (saturating). */
    private static long monomials(int n, int d) {
        long count = 1;
        for (int k = 1; k <= d && count != Long.MAX_VALUE; k++) {
            // C(n+k, k) = C(n+k-1, k-1)·(n+k)/k, a whole number at every step
            long product = multiply(count, n + (long) k);
            count = product == Long.MAX_VALUE ? Long.MAX_VALUE : product / k;
        }
        return count;
    }

    private static long entries(LawNode node) {
        return node.rows() * (long) node.columns();
    }

    private static long multiply(long a, long b) {
        return Math.multiplyHigh(a, b) != 0 || a * b < 0 ? Long.MAX_VALUE : a * b;
    }

    private static long add(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }
}
