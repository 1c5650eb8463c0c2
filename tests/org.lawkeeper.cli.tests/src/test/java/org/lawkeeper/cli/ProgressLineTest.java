package org.lawkeeper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.lawkeeper.core.count.CountProgress.Step;

/** The progress line: quiet for the first second, then redrawn in place on a terminal or a line per second. */
class ProgressLineTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void aTerminalSeesOneLineRedrawnAndErased() {
        AtomicLong clock = new AtomicLong();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressLine line = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, clock::get);
        line.advanced(new Step(10, 1800, 1, 0.5, 100));
        assertEquals("", bytes.toString(StandardCharsets.UTF_8), "nothing during the first second");
        clock.set(2 * SECOND);
        line.advanced(new Step(700, 1800, 1, 2, 11.2));
        clock.set(2 * SECOND + SECOND / 50);
        line.advanced(new Step(710, 1800, 1, 2.02, 11));
        clock.set(3 * SECOND);
        line.advanced(new Step(1335, 1800, 2, 3, 600));
        line.finish();
        String shown = bytes.toString(StandardCharsets.UTF_8);
        assertEquals("\rcounting: rank 700 of 1800, bracket level 1, 2 s, at most 11 s left"
                + "\rcounting: rank 1335 of 1800, bracket level 2, 3 s, at most 10 min left"
                + "\r" + " ".repeat(70) + "\r", shown);
    }

    @Test
    void elsewhereALinePerSecond() {
        AtomicLong clock = new AtomicLong();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressLine line = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, clock::get);
        for (int tenth = 10; tenth <= 30; tenth++) {
            clock.set(tenth * SECOND / 10);
            line.advanced(new Step(tenth, 100, 1, tenth / 10.0, Double.NaN));
        }
        line.finish();
        String shown = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(3, shown.lines().count(), shown);
        assertTrue(shown.startsWith("counting: rank 10 of 100, bracket level 1, 1 s\n"), shown);
    }
}
