package org.lawkeeper.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.lawkeeper.core.Cancellation;

/** {@code help [COMMAND]}: the command list, or one command's usage. */
final class HelpCommand implements Command {
    private final Map<String, Command> commands;

    HelpCommand(Map<String, Command> commands) {
        this.commands = commands;
    }

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String synopsis() {
        return "this list, or the usage of one command";
    }

    @Override
    public String usage() {
        return "usage: ./lawkeeper help [COMMAND]\n";
    }

    @Override
    public int run(List<String> words, PrintStream out, Cancellation cancellation) throws UsageException {
        if (words.size() > 1) {
            throw new UsageException("'help' takes at most one command name");
        }
        if (words.size() == 1) {
            Command command = commands.get(words.get(0));
            if (command == null) {
                throw new UsageException("unknown command '" + words.get(0) + "'; commands: "
                        + String.join(", ", commands.keySet()));
            }
            out.print(command.usage());
            return 0;
        }
        out.println("Lawkeeper — finds, certifies and tests conservation laws of training dynamics.");
        out.println();
        out.println("usage: ./lawkeeper COMMAND [ARGS]");
        out.println();
        commands.values().forEach(c -> out.printf("  %-8s %s%n", c.name(), c.synopsis()));
        out.printf("  %-8s %s%n", "test", "build every module and run every test (handled by the launcher)");
        out.println();
        out.println("./lawkeeper help COMMAND shows a command's options; every command but help takes --timeout SECONDS.");
        out.println("Exit codes: 0 success, 2 bad input, limit, timeout or inconsistent result (one line on stderr),");
        out.printf("130 interrupted, %d internal error (one line too; please report it), 1 the launcher failed.%n",
                Main.INTERNAL_ERROR);
        return 0;
    }
}
