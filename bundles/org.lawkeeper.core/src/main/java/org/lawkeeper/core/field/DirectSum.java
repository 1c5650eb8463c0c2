package org.lawkeeper.core.field;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hipparchus.fraction.BigFraction;
import org.lawkeeper.core.polynomial.Monomial;

/**
 * Generating fields split into independent blocks (docs/ALGORITHMS.md §3.7): groups of state variables such
 * that every field depends only on the variables of one group and has non-zero components only there. Fields
 * of different groups then commute, the Lie algebra is the direct sum of the groups' algebras, and its rank
 * at a generic point is the sum of theirs.
 *
 * <p>The split is read off the fields' polynomials — which variables a component mentions once its terms
 * are summed, which components are non-zero — so it is exact and involves no random point. It is the finest
 * split: two variables share a group exactly when a chain of fields links them.
 *
 * @param stateDimension the dimension of the whole state
 * @param summands       the groups some field moves, in the order of their first variable
 * @param untouched      the state variables no field depends on or moves: each is a law by itself
 */
public record DirectSum(int stateDimension, List<Summand> summands, int untouched) {

    public DirectSum {
        summands = List.copyOf(summands);
    }

    /**
     * The finest split of {@code fields}, when their supports can be read off exactly: polynomial fields.
     * Empty for fields whose supports are not written down (a network's reverse mode, natural gradient).
     */
    public static Optional<DirectSum> of(GeneratingFields fields) {
        return fields instanceof PolynomialGenerators polynomial ? Optional.of(of(polynomial)) : Optional.empty();
    }

    /** The finest split of polynomial fields. */
    public static DirectSum of(PolynomialGenerators fields) {
        int n = fields.stateDimension();
        List<List<FieldTerm>> nonZero = summedTerms(fields);
        Groups groups = new Groups(n);
        nonZero.forEach(groups::joinSupport);
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int v = 0; v < n; v++) {
            if (groups.touched[v]) {
                members.computeIfAbsent(groups.root(v), root -> new ArrayList<>()).add(v);
            }
        }
        Map<Integer, List<List<FieldTerm>>> fieldsOf = new HashMap<>();
        for (List<FieldTerm> field : nonZero) {
            fieldsOf.computeIfAbsent(groups.root(field.getFirst().component()), root -> new ArrayList<>()).add(field);
        }
        int[] local = new int[n];
        List<Summand> summands = new ArrayList<>();
        members.forEach((root, group) -> {
            int[] variables = group.stream().mapToInt(Integer::intValue).toArray();
            for (int i = 0; i < variables.length; i++) {
                local[variables[i]] = i;
            }
            summands.add(Summand.of(variables, fieldsOf.get(root), local));
        });
        int touched = summands.stream().mapToInt(Summand::dimension).sum();
        return new DirectSum(n, summands, n - touched);
    }

    /** Whether the split is finer than the whole state: several groups, or variables that no field touches. */
    public boolean splits() {
        return untouched > 0 || summands.size() > 1;
    }

    /**
     * Every non-zero field as its terms with the coefficients of equal monomials of a component summed and
     * zero sums dropped, so that a term's variables and component are ones the field truly depends on and moves.
     */
    private static List<List<FieldTerm>> summedTerms(PolynomialGenerators fields) {
        List<List<FieldTerm>> nonZero = new ArrayList<>();
        List<FieldTerm> terms = fields.terms();
        int start = 0;
        while (start < terms.size()) {
            int generator = terms.get(start).generator();
            int end = start;
            List<FieldTerm> field = new ArrayList<>();
            while (end < terms.size() && terms.get(end).generator() == generator) {
                int component = terms.get(end).component();
                Map<Monomial, BigFraction> sums = new HashMap<>();
                for (; end < terms.size() && terms.get(end).generator() == generator
                        && terms.get(end).component() == component; end++) {
                    sums.merge(terms.get(end).monomial(), terms.get(end).coefficient(), BigFraction::add);
                }
                sums.forEach((m, c) -> {
                    if (c.getNumerator().signum() != 0) {
                        field.add(new FieldTerm(generator, component, c, m));
                    }
                });
            }
            if (!field.isEmpty()) {
                nonZero.add(field);
            }
            start = end;
        }
        return nonZero;
    }

    /**
     * One group of state variables and the fields that move it, as fields of their own over the group's
     * variables (numbered 0, 1, … in the order of {@code variables}).
     *
     * @param variables the group's state variables, ascending
     * @param fields    the group's fields over its own variables
     */
    public record Summand(int[] variables, PolynomialGenerators fields) {

        public Summand {
            variables = variables.clone();
        }

        @Override
        public int[] variables() {
            return variables.clone();
        }

        public int dimension() {
            return variables.length;
        }

        /** The group's fields renumbered: {@code local[v]} is the position of state variable v in its group. */
        private static Summand of(int[] variables, List<List<FieldTerm>> groupFields, int[] local) {
            PolynomialGenerators.Builder restricted = new PolynomialGenerators.Builder(variables.length,
                    groupFields.size());
            for (int g = 0; g < groupFields.size(); g++) {
                for (FieldTerm t : groupFields.get(g)) {
                    int[] renumbered = t.monomial().variables();
                    for (int i = 0; i < renumbered.length; i++) {
                        renumbered[i] = local[renumbered[i]];
                    }
                    restricted.add(g, local[t.component()], t.coefficient(), Monomial.of(renumbered));
                }
            }
            return new Summand(variables, restricted.build());
        }
    }

    /** Union–find over the state variables: a field joins every variable it depends on or moves. */
    private static final class Groups {
        private final int[] parent;
        private final boolean[] touched;

        Groups(int n) {
            parent = new int[n];
            touched = new boolean[n];
            for (int v = 0; v < n; v++) {
                parent[v] = v;
            }
        }

        void joinSupport(List<FieldTerm> field) {
            int anchor = field.getFirst().component();
            for (FieldTerm t : field) {
                join(anchor, t.component());
                for (int v : t.monomial().support()) {
                    join(anchor, v);
                }
            }
        }

        int root(int v) {
            int r = v;
            while (parent[r] != r) {
                r = parent[r];
            }
            while (parent[v] != r) {
                int next = parent[v];
                parent[v] = r;
                v = next;
            }
            return r;
        }

        private void join(int a, int b) {
            touched[a] = true;
            touched[b] = true;
            parent[root(a)] = root(b);
        }
    }
}
