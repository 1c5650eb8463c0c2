package org.lawkeeper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A real process, interrupted while counting, leaves with one line and exit code 130. */
class InterruptTest {

    @Test
    void interruptEndsALongCountCleanly() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "count", "linear:20,20,20", "--flow", "momentum").start();
        Thread.sleep(1500);
        if (!process.isAlive()) {
            fail("the count ended before it could be interrupted: " + read(process.getErrorStream()));
        }
        new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).start().waitFor();
        assertTrue(process.waitFor(10, TimeUnit.SECONDS), "the process did not stop after SIGINT");
        String err = read(process.getErrorStream());
        assertEquals(130, process.exitValue(), err);
        assertEquals(List.of("lawkeeper: interrupted"), err.lines().toList());
        assertEquals("", read(process.getInputStream()));
    }

    private static String read(InputStream stream) throws IOException {
        return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    }
}
