package org.lawkeeper.core;

/** The input is well formed but larger than the limits chosen for this analysis (see {@link Limits}). */
public class LimitExceededException extends LawkeeperException {
    private static final long serialVersionUID = 1L;

    public LimitExceededException(String message) {
        super(message);
    }
}
