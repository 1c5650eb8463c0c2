package org.lawkeeper.core.field;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
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
 * @param summands       the groups of variables that fields depend on or move, in the order of their first
 *                       variable
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
        if (members.size() == 1 && members.values().iterator().next().size() == n) {
            // one group, the whole state: the fields themselves, numbered as they are
            return new DirectSum(n, List.of(new Summand(IntStream.range(0, n).toArray(), fields)), 0);
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
     * Every non-zero field as its terms, with the coefficients of equal monomials of a component summed and zero
     * sums dropped, so that a term's variables and component are ones the field truly depends on and moves. A
     * component of one term, the common case, is taken as it is.
     */
    private static List<List<FieldTerm>> summedTerms(PolynomialGenerators fields) {
        List<List<FieldTerm>> nonZero = new ArrayList<>();
        List<FieldTerm> terms = fields.terms();
        List<FieldTerm> field = new ArrayList<>();
        int start = 0;
        while (start < terms.size()) {
            FieldTerm first = terms.get(start);
            int end = start + 1;
            while (end < terms.size() && terms.get(end).generator() == first.generator()
                    && terms.get(end).component() == first.component()) {
                end++;
            }
            if (end - start == 1) {
                if (first.coefficient().getNumerator().signum() != 0) {
                    field.add(first);
                }
            } else {
                Map<Monomial, BigFraction> sums = new LinkedHashMap<>();
                terms.subList(start, end).forEach(t -> sums.merge(t.monomial(), t.coefficient(), BigFraction::add));
                sums.forEach((m, c) -> {
                    if (c.getNumerator().signum() != 0) {
                        field.add(new FieldTerm(first.generator(), first.component(), c, m));
                    }
                });
            }
            if (end == terms.size() || terms.get(end).generator() != first.generator()) {
                if (!field.isEmpty()) {
                    nonZero.add(List.copyOf(field));
                }
                field.clear();
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

        /** How many state variables the group has. */
        public int dimension() {
            return variables.length;
        }

        /**
         * The union of {@code parts}, counted as one: a union of groups satisfies the criterion as well, the
         * fields of each part kept as they are over the union's variables.
         */
        public static Summand union(List<Summand> parts) {
            if (parts.size() == 1) {
                return parts.getFirst();
            }
            int[] variables = parts.stream().flatMapToInt(part -> Arrays.stream(part.variables)).sorted().toArray();
            PolynomialGenerators.Builder union = new PolynomialGenerators.Builder(variables.length,
                    parts.stream().mapToInt(part -> part.fields.generatorCount()).sum());
            int generators = 0;
            for (Summand part : parts) {
                int[] position = new int[part.dimension()];
                for (int i = 0; i < position.length; i++) {
                    position[i] = Arrays.binarySearch(variables, part.variables[i]);
                }
                for (FieldTerm t : part.fields.terms()) {
                    union.add(generators + t.generator(), position[t.component()], t.coefficient(),
                            renumbered(t.monomial(), position));
                }
                generators += part.fields.generatorCount();
            }
            return new Summand(variables, union.build());
        }

        /** The group's fields renumbered: {@code local[v]} is the position of state variable v in its group. */
        private static Summand of(int[] variables, List<List<FieldTerm>> groupFields, int[] local) {
            PolynomialGenerators.Builder restricted = new PolynomialGenerators.Builder(variables.length,
                    groupFields.size());
            for (int g = 0; g < groupFields.size(); g++) {
                for (FieldTerm t : groupFields.get(g)) {
                    restricted.add(g, local[t.component()], t.coefficient(), renumbered(t.monomial(), local));
                }
            }
            return new Summand(variables, restricted.build());
        }

        /** {@code monomial} with each variable v renamed {@code index[v]}. */
        private static Monomial renumbered(Monomial monomial, int[] index) {
            int[] variables = monomial.variables();
            for (int i = 0; i < variables.length; i++) {
                variables[i] = index[variables[i]];
            }
            return Monomial.of(variables);
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
                for (int v : t.monomial().variables()) {
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
