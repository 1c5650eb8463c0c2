package org.lawkeeper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A real process, interrupted while counting, leaves with one line and exit code 130; asked with
 * {@code --progress}, it shows where the count stands on stderr meanwhile, and without it nothing.
 */
class InterruptTest {
    private static final String PROGRESS = "counting: rank \\d+ of 3601, bracket level \\d, \\d+ s(, at most .+ left)?";

    @Test
    void interruptEndsALongCountCleanly() throws Exception {
        Process process = longCount("--progress");
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8))) {
            String progress = err.readLine();
            assertTrue(progress != null && progress.matches(PROGRESS), "the count shows progress: " + progress);
            new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).start().waitFor();
            assertTrue(process.waitFor(10, TimeUnit.SECONDS), "the process did not stop after SIGINT");
            assertEquals(List.of("lawkeeper: interrupted"),
                    err.lines().filter(line -> !line.matches(PROGRESS)).toList());
        }
        assertEquals(130, process.exitValue());
        assertEquals("", read(process.getInputStream()));
    }

    @Test
    void withoutTheFlagStderrOutsideATerminalShowsNoProgress() throws Exception {
        Process process = longCount("--timeout", "3");
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the count did not time out");
        assertEquals(List.of("lawkeeper: analysis timed out after 3 s"),
                read(process.getErrorStream()).lines().toList());
    }

    /** A count of state dimension 3,601 that runs for many seconds. */
    private static Process longCount(String... options) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "count", "linear:30,30,30", "--flow", "momentum"));
        command.addAll(List.of(options));
        return new ProcessBuilder(command).start();
    }

    private static String read(InputStream stream) throws IOException {
        return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    }
}
