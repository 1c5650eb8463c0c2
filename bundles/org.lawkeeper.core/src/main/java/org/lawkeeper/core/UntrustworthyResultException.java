package org.lawkeeper.core;

/**
 * A floating-point rank that cannot be trusted: it changed with the tolerance or the random point, or its
 * residuals did not separate accepted from rejected brackets. The exact mode decides such a case.
 */
public class UntrustworthyResultException extends LawkeeperException {
    private static final long serialVersionUID = 1L;

    public UntrustworthyResultException(String message) {
        super(message);
    }
}
