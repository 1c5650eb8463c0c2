package org.lawkeeper.cli;

import java.io.PrintStream;
import java.util.List;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.LawkeeperException;

/** One sub-command of {@code ./lawkeeper}. */
interface Command {

    String name();

    /** One line for the command list. */
    String synopsis();

    /** The full usage text shown by {@code ./lawkeeper help NAME}. */
    String usage();

    /**
     * Runs the command on the words after its name, printing results to {@code out}.
     *
     * @return the process exit code
     * @throws LawkeeperException for anything the user can fix; shown as one line, exit code 2
     */
    int run(List<String> words, PrintStream out, Cancellation cancellation) throws LawkeeperException;
}
