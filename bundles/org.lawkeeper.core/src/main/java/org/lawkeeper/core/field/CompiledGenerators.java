package org.lawkeeper.core.field;

/**
 * Generating fields ready for evaluation in one arithmetic. A combination Σ c_i χ_i with constant
 * coefficients is itself a field; random combinations let one bracket stand for many.
 *
 * @param <A> the primitive array type of the arithmetic
 */
public interface CompiledGenerators<A> {

    int generatorCount();

    /** The field Σ c_i χ_i for scalar coefficients {@code c} (length {@link #generatorCount()}). */
    JetField<A> combination(A coefficients);
}
