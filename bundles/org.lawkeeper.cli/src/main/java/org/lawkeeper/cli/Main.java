package org.lawkeeper.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.CancelledException;
import org.lawkeeper.core.Excerpt;
import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.core.LimitExceededException;

/**
 * Entry point of {@code ./lawkeeper}. User errors become one line on stderr and exit code 2; Ctrl-C
 * cancels the running analysis cooperatively and exits with 130; anything else that escapes a command,
 * errors of the JVM included (a stack overflow, an exhausted heap), is one line too, with exit code
 * {@value #INTERNAL_ERROR}. Nothing prints a stack trace.
 */
public final class Main {
    static final int OK = 0;
    /** Distinct from the launcher's own failures (1) and from bad input (2); sysexits' EX_SOFTWARE. */
    static final int INTERNAL_ERROR = 70;
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
        if (code == OK && onlyDaemonsLeft()) {
            // the JVM ends as main returns, running the shutdown hooks (JFR's too). Runtime.exit would first set
            // up System.Logger for its exit log (JDK 21+), a ServiceLoader scan of every jar on the class path:
            // 35 ms of a 150 ms call
            return;
        }
        System.exit(code);
    }

    /** True when no thread but this one would keep the JVM alive after {@code main} returns. */
    private static boolean onlyDaemonsLeft() {
        return Thread.getAllStackTraces().keySet().stream()
                .allMatch(thread -> thread == Thread.currentThread() || thread.isDaemon() || !thread.isAlive());
    }

    /** Runs one command line; returns the exit code. Used by {@link #main} and by tests. */
    static int run(List<String> args, PrintStream out, PrintStream err, Cancellation cancellation) {
        Map<String, Command> commands = commands();
        String name = args.isEmpty() ? "help" : args.get(0);
        Command command = commands.get(name);
        if (command == null) {
            print(err, "unknown command '" + Excerpt.shorten(name) + "'; commands: "
                    + String.join(", ", commands.keySet()) + ", test");
            return USER_ERROR;
        }
        return run(command, args.subList(Math.min(1, args.size()), args.size()), out, err, cancellation);
    }

    /** Runs {@code command} on {@code words}; whatever it throws becomes one line on {@code err} and an exit code. */
    static int run(Command command, List<String> words, PrintStream out, PrintStream err, Cancellation cancellation) {
        try {
            return command.run(words, out, cancellation);
        } catch (CancelledException e) {
            if (cancellation.isCancelled()) {
                return INTERRUPTED;
            }
            print(err, e.getMessage());
            return USER_ERROR;
        } catch (LimitExceededException e) {
            String option = switch (e.limit()) {
                case STATE_DIMENSION -> "--max-dimension";
                case BRACKET_DEPTH -> "--max-depth";
                case SIZE -> "";
            };
            // advise only an option this command takes
            boolean accepted = !option.isEmpty() && command.usage().contains(option + " ");
            print(err, e.getMessage() + (accepted ? "; raise it with " + option : ""));
            return USER_ERROR;
        } catch (LawkeeperException e) {
            print(err, e.getMessage());
            return USER_ERROR;
        } catch (OutOfMemoryError e) {
            print(err, "out of memory; try a smaller model or law");
            return INTERNAL_ERROR;
        } catch (StackOverflowError e) {
            print(err, "internal error: the analysis nested too deeply (please report it with the command line)");
            return INTERNAL_ERROR;
        } catch (RuntimeException | Error e) {
            print(err, "internal error: " + e.getClass().getName() + (e.getMessage() == null ? ""
                    : ": " + e.getMessage()) + " (please report it with the command line)");
            return INTERNAL_ERROR;
        }
    }

    /** One line on {@code err}, even for a message of several lines (inputs in it are quoted in excerpts). */
    private static void print(PrintStream err, String message) {
        err.println("lawkeeper: " + String.join(" ", message.lines().map(String::strip).toList()));
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
