package org.lawkeeper.cli;

import java.io.PrintStream;
import java.util.function.LongSupplier;
import org.lawkeeper.core.count.CountProgress;

/**
 * A count's progress on stderr, once it has run for a second: on a terminal one line redrawn in place at
 * most ten times a second and erased at the end, elsewhere (with {@code --progress} into a file or pipe) a
 * line per second.
 */
final class ProgressLine implements CountProgress {
    /** Set by the launcher when stderr is a terminal (the JVM of Java 21 cannot tell). */
    static final String TERMINAL_PROPERTY = "lawkeeper.stderr.terminal";
    private static final long QUIET_NANOS = 1_000_000_000L;

    private final PrintStream err;
    private final boolean terminal;
    private final LongSupplier clock;
    private final long start;
    private long shown;
    private int width;

    ProgressLine(PrintStream err, boolean terminal, LongSupplier clock) {
        this.err = err;
        this.terminal = terminal;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.shown = start - QUIET_NANOS;
    }

    /** Whether this JVM's stderr is a terminal, as the launcher found. */
    static boolean stderrIsTerminal() {
        return Boolean.getBoolean(TERMINAL_PROPERTY);
    }

    @Override
    public void advanced(Step step) {
        long now = clock.getAsLong();
        long interval = terminal ? QUIET_NANOS / 10 : QUIET_NANOS;
        if (now - start < QUIET_NANOS || now - shown < interval) {
            return;
        }
        shown = now;
        String line = text(step);
        if (terminal) {
            err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
            width = line.length();
        } else {
            err.println(line);
        }
        err.flush();
    }

    /** Erases the line on a terminal, so that the result stands alone. */
    void finish() {
        if (terminal && width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
        }
    }

    static String text(Step step) {
        return "counting: " + step.describe();
    }
}
