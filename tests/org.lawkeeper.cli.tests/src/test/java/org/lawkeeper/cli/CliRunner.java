package org.lawkeeper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.lawkeeper.core.Cancellation;

/** Runs the command line in-process and captures what it prints. */
record CliRunner(int code, String out, String err) {

    static CliRunner run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Cancellation.none());
        return new CliRunner(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * Runs {@code commandLine} (words separated by white space) and checks that it is refused as bad input:
     * exit code 2, nothing on stdout, one line on stderr that names {@code message}.
     */
    static void assertBadInput(String commandLine, String message) {
        CliRunner r = run(commandLine.strip().split("\\s+"));
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("lawkeeper: ") && r.err().contains(message), r.err());
        assertEquals("", r.out());
    }
}
