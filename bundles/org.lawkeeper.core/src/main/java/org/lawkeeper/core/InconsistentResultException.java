package org.lawkeeper.core;

/**
 * Two independent exact computations (different primes and random points) disagreed. This is never
 * resolved silently: it means a non-generic point was drawn or a prime divides a relevant minor.
 */
public class InconsistentResultException extends LawkeeperException {
    private static final long serialVersionUID = 1L;

    public InconsistentResultException(String message) {
        super(message);
    }
}
