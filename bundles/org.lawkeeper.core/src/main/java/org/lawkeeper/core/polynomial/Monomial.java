package org.lawkeeper.core.polynomial;

import java.util.Arrays;

/**
 * A product of variables, stored as the sorted list of variable indices with repetition
 * ({@code x1²·x3} is {@code [1, 1, 3]}). Immutable; ordered by degree, then lexicographically.
 */
public final class Monomial implements Comparable<Monomial> {
    public static final Monomial ONE = new Monomial(new int[0]);

    private final int[] variables;
    private final int hash;

    private Monomial(int[] sortedVariables) {
        this.variables = sortedVariables;
        this.hash = Arrays.hashCode(sortedVariables);
    }

    /** The monomial of the given variable indices (any order, repetitions allowed). */
    public static Monomial of(int... variables) {
        int[] sorted = variables.clone();
        Arrays.sort(sorted);
        if (sorted.length > 0 && sorted[0] < 0) {
            throw new IllegalArgumentException("negative variable index " + sorted[0]);
        }
        return new Monomial(sorted);
    }

    public int degree() {
        return variables.length;
    }

    /** The variable indices with repetition, sorted; a fresh copy. */
    public int[] variables() {
        return variables.clone();
    }

    public int exponent(int variable) {
        int count = 0;
        for (int v : variables) {
            count += v == variable ? 1 : 0;
        }
        return count;
    }

    /** The distinct variables, sorted. A loop over the sorted indices, not a stream: a one-shot count calls it cold. */
    public int[] support() {
        int[] support = new int[variables.length];
        int distinct = 0;
        for (int v : variables) {
            if (distinct == 0 || support[distinct - 1] != v) {
                support[distinct++] = v;
            }
        }
        return distinct == support.length ? support : Arrays.copyOf(support, distinct);
    }

    public Monomial times(Monomial other) {
        int[] merged = new int[variables.length + other.variables.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < variables.length && j < other.variables.length) {
            merged[k++] = variables[i] <= other.variables[j] ? variables[i++] : other.variables[j++];
        }
        while (i < variables.length) {
            merged[k++] = variables[i++];
        }
        while (j < other.variables.length) {
            merged[k++] = other.variables[j++];
        }
        return new Monomial(merged);
    }

    /** This monomial with one factor {@code variable} removed; the variable must occur. */
    public Monomial withoutOne(int variable) {
        int at = Arrays.binarySearch(variables, variable);
        if (at < 0) {
            throw new IllegalArgumentException("x" + variable + " does not divide " + this);
        }
        int[] rest = new int[variables.length - 1];
        System.arraycopy(variables, 0, rest, 0, at);
        System.arraycopy(variables, at + 1, rest, at, rest.length - at);
        return new Monomial(rest);
    }

    /** The same monomial with every variable index shifted by {@code offset}. */
    public Monomial shifted(int offset) {
        int[] moved = variables.clone();
        for (int i = 0; i < moved.length; i++) {
            moved[i] += offset;
        }
        return new Monomial(moved);
    }

    @Override
    public int compareTo(Monomial other) {
        if (variables.length != other.variables.length) {
            return Integer.compare(variables.length, other.variables.length);
        }
        return Arrays.compare(variables, other.variables);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Monomial m && hash == m.hash && Arrays.equals(variables, m.variables);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        if (variables.length == 0) {
            return "1";
        }
        StringBuilder text = new StringBuilder();
        for (int v : support()) {
            if (!text.isEmpty()) {
                text.append('*');
            }
            text.append('x').append(v);
            int e = exponent(v);
            if (e > 1) {
                text.append('^').append(e);
            }
        }
        return text.toString();
    }
}
