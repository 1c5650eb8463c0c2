package org.lawkeeper.core.field;

import java.util.List;
import java.util.random.RandomGenerator;
import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.core.jet.JetArithmetic;
import org.lawkeeper.core.linalg.PrimeField;
import org.lawkeeper.core.linalg.RationalConstants;

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

    /** The rational constants of the fields: flow rates and the model's coefficients, as they enter the fields. */
    RationalConstants constants();

    /**
     * Whether the fields can be evaluated over {@code field} beyond their rational {@link #constants}: every
     * other number they need (a square root, say) exists there.
     */
    default boolean suits(PrimeField field) {
        return true;
    }

    /**
     * The primes of an exact analysis of these fields, chosen after the input is read: {@code count} distinct
     * random primes from {@code random}, none dividing a numerator or denominator of the fields' constants or
     * of {@code inputConstants} (a law's, say), each suiting the fields (docs/ALGORITHMS.md §5.5).
     */
    default List<PrimeField> primes(RandomGenerator random, int count, RationalConstants inputConstants) {
        RationalConstants all = constants().and(inputConstants);
        return PrimeField.distinct(random, count, field -> all.survive(field) && suits(field));
    }

    /**
     * Prepares evaluation in one arithmetic. {@code basePoint} is the generic point the analysis uses;
     * fields whose form depends on generic choices (such as a basis of rows) make them there.
     */
    <A> CompiledGenerators<A> compile(JetArithmetic<A> arithmetic, A basePoint);
}
