package org.lawkeeper.core;

/** The analysis was cancelled by its caller or ran out of its time budget; no partial result exists. */
public class CancelledException extends LawkeeperException {
    private static final long serialVersionUID = 1L;

    public CancelledException(String message) {
        super(message);
    }
}
