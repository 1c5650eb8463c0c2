package org.lawkeeper.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.CancelledException;
import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.core.LimitExceededException;

/**
 * Entry point of {@code ./lawkeeper}. User errors become one line on stderr and exit code 2; Ctrl-C
 * cancels the running analysis cooperatively and exits with 130; nothing prints a stack trace.
 */
public final class Main {
    static final int OK = 0;
    static final int INTERNAL_ERROR = 1;
    static final int USER_ERROR = 2;
    static final int INTERRUPTED = 130;

    private Main() {
    }

    public static void main(String[] args) {
        Cancellation cancellation = Cancellation.none();
        AtomicBoolean finished = new AtomicBoolean();
        Thread worker = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (!finished.get()) {
                // Ctrl-C or kill: let the analysis stop at its next check, then report and leave
                cancellation.cancel();
                try {
                    worker.join(2000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                System.err.println("lawkeeper: interrupted");
                System.err.flush();
                Runtime.getRuntime().halt(INTERRUPTED);
            }
        }, "lawkeeper-interrupt"));
        int code = run(List.of(args), System.out, System.err, cancellation);
        finished.set(!cancellation.isCancelled());
        if (cancellation.isCancelled()) {
            return; // the shutdown hook owns the exit
        }
        System.exit(code);
    }

    /** Runs one command line; returns the exit code. Used by {@link #main} and by tests. */
    static int run(List<String> args, PrintStream out, PrintStream err, Cancellation cancellation) {
        Map<String, Command> commands = commands();
        String name = args.isEmpty() ? "help" : args.get(0);
        Command command = commands.get(name);
        try {
            if (command == null) {
                throw new UsageException("unknown command '" + name + "'; commands: "
                        + String.join(", ", commands.keySet()) + ", test");
            }
            return command.run(args.subList(Math.min(1, args.size()), args.size()), out, cancellation);
        } catch (CancelledException e) {
            if (cancellation.isCancelled()) {
                return INTERRUPTED;
            }
            err.println("lawkeeper: " + e.getMessage());
            return USER_ERROR;
        } catch (LimitExceededException e) {
            err.println("lawkeeper: " + e.getMessage() + switch (e.limit()) {
                case STATE_DIMENSION -> "; raise it with --max-dimension";
                case BRACKET_DEPTH -> "; raise it with --max-depth";
                case SIZE -> "";
            });
            return USER_ERROR;
        } catch (LawkeeperException e) {
            err.println("lawkeeper: " + e.getMessage());
            return USER_ERROR;
        } catch (OutOfMemoryError e) {
            err.println("lawkeeper: out of memory; try a smaller model or lower --max-dimension");
            return USER_ERROR;
        } catch (RuntimeException e) {
            err.println("lawkeeper: internal error: " + e + " (please report it with the command line)");
            return INTERNAL_ERROR;
        }
    }

    private static Map<String, Command> commands() {
        Map<String, Command> commands = new LinkedHashMap<>();
        for (Command c : List.of(new DemoCommand(), new CountCommand(), new VerifyCommand(), new LawsCommand(),
                new CheckCommand(), new ScanCommand(), new BenchCommand(), new BlocksCommand(), new SweepCommand())) {
            commands.put(c.name(), c);
        }
        commands.put("help", new HelpCommand(commands));
        return commands;
    }
}
