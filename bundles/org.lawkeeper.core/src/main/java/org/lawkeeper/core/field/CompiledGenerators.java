package org.lawkeeper.core.field;

/**
 * A family of generating fields ready for evaluation in one arithmetic, from which the counter draws
 * random members. A member is picked by {@link #memberSize()} random scalars: for a finite family
 * χ_1..χ_d, the coefficients of the combination Σ c_i χ_i; for a data-indexed family, the data point
 * and output weights as well. Random members stand for the whole family level by level, because the
 * bracket is multilinear and the span of a polynomial map's values is the span of its coefficients
 * (docs/ALGORITHMS.md §3).
 *
 * @param <A> the primitive array type of the arithmetic
 */
public interface CompiledGenerators<A> {

    /** How many random scalars pick one member. */
    int memberSize();

    /** The member picked by {@code coefficients} (length {@link #memberSize()}). */
    JetField<A> member(A coefficients);

    /**
     * The value at {@code point} (plain scalars) of the member picked by {@code coefficients}: a bracket of
     * level 1. Families whose members are linear in the coefficients answer it faster than the member itself.
     */
    default A memberValue(A coefficients, A point) {
        return member(coefficients).evaluate(point, 0);
    }
}
