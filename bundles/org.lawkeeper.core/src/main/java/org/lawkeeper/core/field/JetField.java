package org.lawkeeper.core.field;

/**
 * A vector field on R^n (or F_p^n) that can be evaluated at a point whose coordinates are jets.
 *
 * @param <A> the primitive array type of the {@link org.lawkeeper.core.jet.JetArithmetic} in use
 */
@FunctionalInterface
public interface JetField<A> {
    /**
     * The field at {@code point}, which holds n coordinate blocks of 2^order scalars each (coordinate i
     * at offset i·2^order); the result has the same layout.
     */
    A evaluate(A point, int order);
}
