package org.lawkeeper.core.field;

import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.core.jet.JetArithmetic;
import org.lawkeeper.core.linalg.PrimeField;

/**
 * The generating fields χ_1..χ_d of a flow on its state space: a law is a function h with
 * ⟨∇h, χ_i⟩ ≡ 0 for all i. Exact description; {@link #compile} prepares fast evaluation.
 */
public sealed interface GeneratingFields permits PolynomialGenerators, NaturalGradientGenerators, NetworkGenerators {

    int stateDimension();

    /**
     * Checks that evaluation modulo primes computes the true generic rank of these fields; a no-op for
     * polynomial fields, the audit of adjoined transcendentals for networks.
     *
     * @throws LawkeeperException when exact evaluation would not be sound
     */
    default void checkExactness() throws LawkeeperException {
    }

    /** Whether the fields can be evaluated over {@code field}: all of their constants exist there. */
    default boolean suits(PrimeField field) {
        return true;
    }

    /**
     * Prepares evaluation in one arithmetic. {@code basePoint} is the generic point the analysis uses;
     * fields whose form depends on generic choices (such as a basis of rows) make them there.
     */
    <A> CompiledGenerators<A> compile(JetArithmetic<A> arithmetic, A basePoint);
}
