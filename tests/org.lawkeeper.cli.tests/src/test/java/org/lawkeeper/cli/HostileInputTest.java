package org.lawkeeper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lawkeeper.core.Cancellation;

/**
 * Issue 12, findings 5 and 7 on the command line: hostile laws, specs and options end promptly with one
 * short line and the documented exit code; every command takes --timeout; advice names only options the
 * command takes; anything a command throws, errors of the JVM included, is one line with its own code.
 */
class HostileInputTest {
    /** Generous for a loaded machine; the runaway cases took minutes or never ended. */
    private static final Duration CEILING = Duration.ofSeconds(30);
    /** The longest error line: a message with an excerpt of at most 80 characters of the input. */
    private static final int MAX_LINE = 250;

    static Stream<Arguments> hostileLaws() {
        return Stream.of(
                Arguments.of("1*".repeat(40) + "U1[1,1]", CheckCommand.VIOLATED, "not conserved"),
                Arguments.of("1+".repeat(5000) + "1", 0, "every entry is constant"),
                Arguments.of("U1[1,1]" + "^0".repeat(60_000), 2, "the law nests deeper than 200 levels"),
                Arguments.of("U1" + "^T".repeat(60_000), 2, "the law nests deeper than 200 levels"),
                Arguments.of("U1" + "[1]".repeat(30_000), 2, "column 4: a 2×2 matrix needs two indices"),
                Arguments.of("U1[1,1]" + "/1".repeat(30_000), CheckCommand.VIOLATED, "not conserved"),
                Arguments.of("sum(U1)^64", 2, "may expand to 814393 polynomial terms, above the limit"),
                Arguments.of("U1[1,1]*" + "9".repeat(100_000), 2, "at most 1000 digits"),
                Arguments.of("2*".repeat(5000) + "U1[1,1]", 2, "a coefficient of the law grows beyond 4096 bits"),
                Arguments.of("1/3*".repeat(3000) + "U1[1,1]", 2, "a constant of the law has more than 4096 bits"),
                Arguments.of("U1[1,1]+".repeat(15_000) + "W", 2, "unknown block 'W' (blocks of linear:2,2,2"));
    }

    @ParameterizedTest
    @MethodSource("hostileLaws")
    void hostileLawsEndPromptlyWithAResultOrOneShortLine(String law, int code, String expected) {
        CliRunner r = assertTimeoutPreemptively(CEILING, () -> CliRunner.run("verify", "linear:2,2,2", "--law", law));
        assertEquals(code, r.code(), r.err());
        if (code != 2) {
            assertTrue(r.out().contains(expected) && r.err().isEmpty(), r.out() + r.err());
        } else {
            assertOneShortLine(r, expected);
        }
    }

    @Test
    void aTimeoutStopsAnExpensiveVerificationWithOneLine() {
        long start = System.nanoTime();
        CliRunner r = assertTimeoutPreemptively(CEILING, () -> CliRunner.run("verify", "linear:30,30,30", "--law",
                "U1^T*U1 - U2*U2^T", "--timeout", "1"));
        assertOneShortLine(r, "analysis timed out after 1 s");
        assertTrue(System.nanoTime() - start < CEILING.toNanos() / 3, "the timeout was not honoured promptly");
        CliRunner huge = assertTimeoutPreemptively(CEILING, () -> CliRunner.run("verify", "linear:30,30,30", "--law",
                "sum(U1)^64", "--timeout", "1"));
        assertOneShortLine(huge, "may expand to more than 9×10^18 polynomial terms");
    }

    @ParameterizedTest
    @ValueSource(strings = {"count linear:2,2,2", "verify linear:2,2,2 --law U1[1,1]", "laws linear:2,2,2",
        "check linear:2,2,2 --law U1^T*U1-U2*U2^T --tries 5", "blocks linear:2,2,2", "demo", "bench --quick"})
    void everyCommandTakesATimeout(String commandLine) {
        CliRunner r = assertTimeoutPreemptively(CEILING, () -> run(commandLine + " --timeout 0.000000001"));
        assertOneShortLine(r, "timed out after");
    }

    @Test
    void scanTakesATimeoutForTheWholeRun(@TempDir Path folder) {
        CliRunner r = CliRunner.run("scan", folder.toString(), "--timeout", "30");
        assertEquals(0, r.code(), r.err());
        assertOneShortLine(CliRunner.run("scan", folder.toString(), "--timeout", "0"), "--timeout must be a positive");
    }

    @Test
    void aHugeTimeoutSaturatesInsteadOfOverflowing() {
        CliRunner r = run("count linear:2,2,2 --timeout 1e10");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("linear:2,2,2 under gf: 3 laws"), r.out());
        assertEquals(CheckCommand.VIOLATED, run("verify linear:2,2,2 --law U1[1,1] --timeout 1e300").code(),
                "the verdict, reached: U1[1,1] is not conserved");
        assertOneShortLine(run("count linear:2,2,2 --timeout 1e400"), "--timeout must be a positive number");
    }

    /** Each command that refuses a model too large advises an option that it then accepts. */
    @ParameterizedTest
    @ValueSource(strings = {"count linear:110,110,110", "laws linear:50,50,50", "verify linear:50,50,50 --law U1[1,1]",
        "check linear:50,50,50 --law U1[1,1]", "blocks net:4>dense(5000)>dense(4)"})
    void adviceNamesOnlyOptionsTheCommandTakes(String commandLine) {
        CliRunner refused = run(commandLine);
        assertOneShortLine(refused, "above the limit");
        Matcher advice = Pattern.compile("raise it with (--[a-z-]+)").matcher(refused.err());
        assertTrue(advice.find(), refused.err());
        CliRunner lowered = run(commandLine + " " + advice.group(1) + " 10");
        assertOneShortLine(lowered, "above the limit 10;");
    }

    @Test
    void saturatedEstimatesAndLongSpecsAreQuotedShortly() {
        String spec = "linear:" + "2,".repeat(200) + "2";
        CliRunner r = run("count " + spec);
        assertOneShortLine(r, "expands to more than 9×10^18 polynomial terms, above the limit 5000000");
        assertFalse(r.err().contains("9223372036854775807"), r.err());
        assertOneShortLine(run("count linear:2,x" + "2".repeat(100_000)), "is not a whole number");
        assertOneShortLine(run("count linear:2,2,2 --flow momentum:tau=" + "1".repeat(100_000) + "x"),
                "is not a number in flow");
        // the list of known layers makes this line long; the spec in it is quoted in 80 characters
        CliRunner net = run("blocks net:4>dense(3)>" + "relu>".repeat(20_000) + "relux");
        assertEquals(Main.USER_ERROR, net.code(), net.err());
        assertEquals(1, net.err().lines().count());
        assertTrue(net.err().contains(" of '…" + "relu>".repeat(15) + "relux': unknown layer 'relux'"), net.err());
    }

    @Test
    void aHundredKilobyteLawIsQuotedAroundTheColumn() {
        String law = "U1[1,1] + ".repeat(12_000) + "W + U1[1,1]";
        CliRunner r = CliRunner.run("verify", "linear:2,2,2", "--law", law);
        assertOneShortLine(r, "column 120001: unknown block 'W'");
        assertTrue(r.err().startsWith("lawkeeper: law '…") && r.err().contains("U1[1,1] + W + U1[1,1]', column"),
                r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"stack", "heap", "state", "lines"})
    void anyThrowableIsOneLineWithTheInternalErrorCode(String kind) {
        Command crashing = new Command() {
            @Override
            public String name() {
                return "crash";
            }

            @Override
            public String synopsis() {
                return "crashes";
            }

            @Override
            public String usage() {
                return "usage: crash\n";
            }

            @Override
            public int run(List<String> words, PrintStream out, Cancellation cancellation) {
                switch (kind) {
                    case "stack" -> throw new StackOverflowError();
                    case "heap" -> throw new OutOfMemoryError("Java heap space");
                    case "state" -> throw new IllegalStateException("no meaning");
                    default -> throw new AssertionError("first line\n\tsecond line");
                }
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(crashing, List.of(), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), Cancellation.none());
        String line = err.toString(StandardCharsets.UTF_8);
        assertEquals(Main.INTERNAL_ERROR, code, line);
        assertEquals(1, line.lines().count(), line);
        assertTrue(line.startsWith("lawkeeper: ") && !line.contains("interrupted") && !line.contains("\tat "), line);
    }

    @Test
    void helpDocumentsTheInternalErrorCode() {
        assertTrue(run("help").out().contains(Main.INTERNAL_ERROR + " internal error"));
    }

    private static CliRunner run(String commandLine) {
        return CliRunner.run(commandLine.strip().split(" "));
    }

    private static void assertOneShortLine(CliRunner r, String expected) {
        assertEquals(Main.USER_ERROR, r.code(), r.out() + r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().length() <= MAX_LINE, r.err().length() + " characters: " + r.err());
        assertTrue(r.err().startsWith("lawkeeper: ") && r.err().contains(expected), r.err());
    }
}
