package org.lawkeeper.core;

/** A malformed model, flow or option specification; the message names the offending part. */
public class SpecException extends LawkeeperException {
    private static final long serialVersionUID = 1L;

    public SpecException(String message) {
        super(message);
    }
}
