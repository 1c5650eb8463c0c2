package org.lawkeeper.harness.gen;

import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A generator of values of type T from {@link Choices}. Generators are pure functions of their choices,
 * so a value is replayed exactly from its tape and shrunk by shrinking the tape (see {@link Shrinker}).
 * Compose them with {@link #map}, {@link #flatMap} and {@link #filter}; write new ones as lambdas over
 * the primitives of {@link Gens}.
 *
 * @param <T> the generated type
 */
@FunctionalInterface
public interface Gen<T> {
    /** How many fresh attempts {@link #filter} makes before it gives the value up. */
    int FILTER_ATTEMPTS = 20;

    /** The value that {@code choices} stand for; the same choices always give the same value. */
    T generate(Choices choices);

    default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
        return choices -> mapper.apply(generate(choices));
    }

    default <R> Gen<R> flatMap(Function<? super T, Gen<R>> mapper) {
        return choices -> mapper.apply(generate(choices)).generate(choices);
    }

    /**
     * Only values satisfying {@code condition}. Each rejected value costs fresh choices; after
     * {@value #FILTER_ATTEMPTS} rejections in a row the try is discarded ({@link DiscardedException}),
     * which the property runner charges to its discard budget.
     */
    default Gen<T> filter(Predicate<? super T> condition) {
        return choices -> {
            for (int attempt = 0; attempt < FILTER_ATTEMPTS; attempt++) {
                T value = generate(choices);
                if (condition.test(value)) {
                    return value;
                }
            }
            throw new DiscardedException("filter rejected " + FILTER_ATTEMPTS + " values in a row");
        };
    }
}
