package org.lawkeeper.core.search;

import java.util.List;

/** Where the law search looks: blocks of candidate monomials, degree by degree. */
interface CandidatePlan {

    /**
     * The blocks of unknowns of degree {@code degree}, smallest first; blocks above the size limit are
     * described in {@code skipped} instead.
     */
    List<SearchPiece> pieces(int degree, List<String> skipped);

    /** The highest degree the plan has candidates for. */
    int maxDegree();

    /** The candidates of degree ≤ {@code degree} in words, for the certificate. */
    String describe(int degree);

    /** Where laws the search missed must lie, e.g. {@code need a higher degree}. */
    String beyond();
}
