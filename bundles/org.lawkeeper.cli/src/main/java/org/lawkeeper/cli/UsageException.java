package org.lawkeeper.cli;

import org.lawkeeper.core.LawkeeperException;

/** The command line itself is wrong: unknown command or option, missing or malformed value. */
final class UsageException extends LawkeeperException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
