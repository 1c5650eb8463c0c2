package org.lawkeeper.core;

/**
 * A problem the user can act on: bad input, a limit reached, a cancelled or inconsistent analysis.
 * The message is one complete sentence meant to be shown as is (the CLI prints it on one line).
 */
public class LawkeeperException extends Exception {
    private static final long serialVersionUID = 1L;

    public LawkeeperException(String message) {
        super(message);
    }

    public LawkeeperException(String message, Throwable cause) {
        super(message, cause);
    }
}
