package org.lawkeeper.core.law;

/**
 * A law would expand into more polynomial terms than the parser allows: {@code sum(U1)^64} is twelve
 * characters long and has millions of terms. Raised inside the expansion, turned into a
 * {@link LawSyntaxException} by the parser.
 */
final class ExpansionLimit extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ExpansionLimit(String message) {
        super(message, null, false, false);
    }
}
