package org.lawkeeper.core.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.lawkeeper.core.field.FieldTerm;
import org.lawkeeper.core.field.PolynomialGenerators;
import org.lawkeeper.core.law.StateLayout;
import org.lawkeeper.core.model.ParameterBlock;
import org.lawkeeper.core.polynomial.Monomial;

/**
 * Splits the polynomials of degree ≤ d into blocks of unknowns that can be solved separately without
 * losing any law, using only the shape of the fields.
 *
 * <p>The state variables fall into groups: the blocks of θ, for momentum flows also the blocks of θ',
 * and the time coordinate when the flow has one. A monomial has a degree in each group, its <em>type</em>. A field term
 * (component j, monomial m) maps a monomial of type c to one of type c − e_group(j) + type(m); the
 * condition ⟨∇P, χ_i⟩ ≡ 0 splits by the type of the result. Two types whose images under the same
 * field meet are coupled; the classes of coupled types decouple exactly, so each is solved alone.
 * This is how s·(bilinear in θ, θ') laws of heavy ball with τ ≠ 0 end up in a block of their own
 * (every field preserves the degree in s), and how AᵀA − BBᵀ keeps its two halves together. Classes
 * above the size limit are skipped and named.
 */
final class SearchPlan implements CandidatePlan {
    /** One kind of field term: it lowers the degree in group {@code lowered} and adds the type {@code raised}. */
    private record Shift(int lowered, List<Integer> raised) {
    }

    private final StateLayout layout;
    private final int maxUnknowns;
    private final List<int[]> groups = new ArrayList<>();
    private final List<String> groupNames = new ArrayList<>();
    private final int[] groupOf;
    private final List<Set<Shift>> shifts = new ArrayList<>();

    SearchPlan(StateLayout layout, PolynomialGenerators fields, int maxUnknowns) {
        this.layout = layout;
        this.maxUnknowns = maxUnknowns;
        if (layout.hasTime()) {
            addGroup(layout.timeIsExponential() ? "s" : "t", new int[] {0});
        }
        for (ParameterBlock b : layout.model().blocks()) {
            addGroup(b.name(), IntStream.range(b.offset(), b.offset() + b.size()).map(layout::theta).toArray());
        }
        if (layout.hasMomentum()) {
            for (ParameterBlock b : layout.model().blocks()) {
                addGroup(b.name() + "'", IntStream.range(b.offset(), b.offset() + b.size()).map(layout::velocity)
                        .toArray());
            }
        }
        this.groupOf = new int[layout.dimension()];
        for (int g = 0; g < groups.size(); g++) {
            for (int v : groups.get(g)) {
                groupOf[v] = g;
            }
        }
        for (int i = 0; i < fields.generatorCount(); i++) {
            shifts.add(new HashSet<>());
        }
        for (FieldTerm t : fields.terms()) {
            shifts.get(t.generator()).add(new Shift(groupOf[t.component()], type(t.monomial())));
        }
    }

    /**
     * The decoupled blocks of all polynomials of degree 1..{@code degree}, smallest first; blocks above
     * the limit are described in {@code skipped} instead.
     */
    @Override
    public List<SearchPiece> pieces(int degree, List<String> skipped) {
        List<int[]> types = new ArrayList<>();
        compositions(degree, new int[groups.size()], 0, 0, types);
        int[] parent = IntStream.range(0, types.size()).toArray();
        for (Set<Shift> field : shifts) {
            Map<List<Integer>, Integer> owner = new HashMap<>();
            for (int k = 0; k < types.size(); k++) {
                for (Shift shift : field) {
                    int[] c = types.get(k);
                    if (c[shift.lowered()] > 0) {
                        Integer other = owner.putIfAbsent(image(c, shift), k);
                        if (other != null) {
                            parent[find(parent, k)] = find(parent, other);
                        }
                    }
                }
            }
        }
        Map<Integer, List<int[]>> classes = new LinkedHashMap<>();
        for (int k = 0; k < types.size(); k++) {
            classes.computeIfAbsent(find(parent, k), key -> new ArrayList<>()).add(types.get(k));
        }
        List<SearchPiece> pieces = new ArrayList<>();
        for (List<int[]> members : classes.values()) {
            long size = members.stream().mapToLong(this::size).sum();
            String description = describe(members);
            if (size > maxUnknowns) {
                skipped.add(description + " (" + size + " unknowns)");
            } else {
                List<Monomial> monomials = new ArrayList<>();
                members.forEach(c -> monomials.addAll(monomials(c)));
                pieces.add(new SearchPiece(description, monomials));
            }
        }
        pieces.sort(Comparator.comparingInt(p -> p.monomials().size()));
        return pieces;
    }

    @Override
    public int maxDegree() {
        return Integer.MAX_VALUE;
    }

    @Override
    public String describe(int degree) {
        return "every polynomial of degree ≤ " + degree;
    }

    @Override
    public String beyond() {
        return "need a higher degree";
    }

    private void addGroup(String name, int[] variables) {
        groupNames.add(name);
        groups.add(variables);
    }

    private List<Integer> type(Monomial m) {
        Integer[] degrees = new Integer[groups.size()];
        Arrays.fill(degrees, 0);
        for (int v : m.variables()) {
            degrees[groupOf[v]]++;
        }
        return List.of(degrees);
    }

    private static List<Integer> image(int[] c, Shift shift) {
        List<Integer> image = new ArrayList<>(c.length);
        for (int g = 0; g < c.length; g++) {
            image.add(c[g] - (g == shift.lowered() ? 1 : 0) + shift.raised().get(g));
        }
        return image;
    }

    private static int find(int[] parent, int k) {
        while (parent[k] != k) {
            parent[k] = parent[parent[k]];
            k = parent[k];
        }
        return k;
    }

    /** All types with total degree 1..{@code degree}. */
    private static void compositions(int degree, int[] c, int group, int used, List<int[]> out) {
        if (group == c.length) {
            if (used > 0) {
                out.add(c.clone());
            }
            return;
        }
        for (int k = 0; k + used <= degree; k++) {
            c[group] = k;
            compositions(degree, c, group + 1, used + k, out);
        }
        c[group] = 0;
    }

    private long size(int[] c) {
        long size = 1;
        for (int g = 0; g < c.length; g++) {
            size = Math.min(Integer.MAX_VALUE, size * SearchPiece.size(groups.get(g).length, c[g]));
        }
        return size;
    }

    /** The monomials of one type. */
    private List<Monomial> monomials(int[] c) {
        List<Monomial> monomials = List.of(Monomial.ONE);
        for (int g = 0; g < c.length; g++) {
            List<Monomial> factors = SearchPiece.monomials(groups.get(g), c[g], Monomial.ONE);
            List<Monomial> product = new ArrayList<>(monomials.size() * factors.size());
            for (Monomial m : monomials) {
                for (Monomial f : factors) {
                    product.add(m.times(f));
                }
            }
            monomials = product;
        }
        return monomials;
    }

    /** E.g. {@code degrees in (U1, U2): [2, 0], [0, 2]} (at most three types shown). */
    private String describe(List<int[]> members) {
        List<String> shown = members.stream().limit(3).map(Arrays::toString).toList();
        return "degrees in (" + String.join(", ", groupNames) + "): " + String.join(", ", shown)
                + (members.size() > 3 ? ", … (" + members.size() + " types)" : "");
    }
}
