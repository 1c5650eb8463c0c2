package org.lawkeeper.core.search;

import java.util.ArrayList;
import java.util.List;
import org.lawkeeper.core.polynomial.Monomial;

/**
 * One block of unknowns of the law search: the monomials whose coefficients are solved for together.
 *
 * @param description what the block spans, for reports, e.g. {@code degrees in (U1, U2): [2, 0], [0, 2]}
 * @param monomials   the unknowns
 */
record SearchPiece(String description, List<Monomial> monomials) {

    /** The monomials of exactly {@code degree} in {@code variables}, each times {@code prefix}. */
    static List<Monomial> monomials(int[] variables, int degree, Monomial prefix) {
        List<Monomial> result = new ArrayList<>();
        collect(variables, degree, 0, new int[degree], 0, prefix, result);
        return result;
    }

    /** The number of monomials of exactly {@code degree} in {@code count} variables, C(count + degree − 1, degree). */
    static long size(int count, int degree) {
        long result = 1;
        for (int k = 1; k <= degree; k++) {
            result = result * (count + k - 1) / k;
            if (result > Integer.MAX_VALUE) {
                return Integer.MAX_VALUE;
            }
        }
        return result;
    }

    private static void collect(int[] variables, int degree, int from, int[] chosen, int filled, Monomial prefix,
            List<Monomial> out) {
        if (filled == degree) {
            out.add(prefix.times(Monomial.of(chosen)));
            return;
        }
        for (int i = from; i < variables.length; i++) {
            chosen[filled] = variables[i];
            collect(variables, degree, i, chosen, filled + 1, prefix, out);
        }
    }
}
