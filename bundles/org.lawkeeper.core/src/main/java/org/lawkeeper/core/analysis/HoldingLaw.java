package org.lawkeeper.core.analysis;

/**
 * A law that holds, verified exactly, as the IDE and reports show it.
 *
 * @param expression the law in the law language (parses back to the same law)
 * @param readable   the same in mathematical notation, e.g. {@code U1ᵀ·U1 − U2·U2ᵀ}
 * @param family     the known family it belongs to, e.g. {@code balancedness between U1 and U2}; empty
 *                   for a law outside every known family
 */
public record HoldingLaw(String expression, String readable, String family) {
}
