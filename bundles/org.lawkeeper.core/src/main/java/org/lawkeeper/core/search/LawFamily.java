package org.lawkeeper.core.search;

/**
 * A known matrix family of laws (docs/THEORY.md §6) recognised among the laws of a model and flow.
 *
 * @param expression the family in the law language, e.g. {@code U1^T*U1 - U2*U2^T}
 * @param readable   the same in mathematical notation, e.g. {@code U1ᵀ·U1 − U2·U2ᵀ}
 * @param name       what it is, e.g. {@code balancedness between U1 and U2}
 * @param laws       how many independent laws it contributes beyond the families listed before it
 * @param symmetry   the symmetry of φ the family stems from, e.g. {@code U1 ↦ U1·X, U2 ↦ −X·U2, X symmetric}
 * @param generators how its laws are read as linear generators A, checked on the laws themselves, e.g.
 *                   {@code c(t)·⟨θ', Aθ⟩ with A antisymmetric: isometries}
 */
public record LawFamily(String expression, String readable, String name, int laws, String symmetry, String generators) {
}
