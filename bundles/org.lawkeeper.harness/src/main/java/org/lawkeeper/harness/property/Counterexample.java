package org.lawkeeper.harness.property;

/**
 * A failing case, as found and after shrinking.
 *
 * @param seed          the seed of the failing attempt: running again with it replays this failure first
 * @param original      the value first found to fail
 * @param shrunk        the smallest failing value found from it
 * @param failure       what the property threw on {@code shrunk}
 * @param shrinkAttempts candidates tried while shrinking
 * @param <T>           the generated type
 */
public record Counterexample<T>(long seed, T original, T shrunk, Throwable failure, int shrinkAttempts) {
}
