package org.lawkeeper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lawkeeper.core.Cancellation;

/** {@code ./lawkeeper check}, run in-process (in the CLI's package, for {@link Main#run}). */
class CheckCommandTest {

    @Test
    void aTrueLawIsConfirmedAndAFalseOneGetsACounterexample(@TempDir Path report) throws Exception {
        Result r = run("check", "linear:2,2,2", "--flow", "gf,momentum:tau=1/2", "--law", "U1^T*U1 - U2*U2^T",
                "--tries", "30", "--report", report.toString());
        assertEquals(CheckCommand.VIOLATED, r.code, r.err);
        assertTrue(r.out.matches("(?s).*gf\\s+conserved\\s+30.*"), r.out);
        assertTrue(r.out.matches("(?s).*momentum:tau=1/2\\s+VIOLATED.*"), r.out);
        assertTrue(r.out.contains("shrunk counterexample") && r.out.contains("replay: seed"), r.out);
        assertTrue(Files.readString(report.resolve("index.html")).contains("<svg"));
    }

    @Test
    void jsonCarriesVerdictsAndTheOptimiserSlope() {
        Result r = run("check", "nmf:2,2,2", "--flow", "mirror", "--law", "sum(U, cols)^T - sum(V, rows)", "--tries",
                "20", "--json");
        assertEquals(Main.OK, r.code, r.err);
        assertTrue(r.out.startsWith("{\"model\":\"nmf:2,2,2\""), r.out);
        assertTrue(r.out.contains("\"verdict\":\"conserved\"") && r.out.contains("\"slope\":"), r.out);
    }

    @Test
    void mistakesAreOneLineErrors() {
        Result noLaw = run("check", "linear:2,2,2");
        assertEquals(Main.USER_ERROR, noLaw.code);
        assertEquals("lawkeeper: 'check' needs the claimed law: --law EXPR\n", noLaw.err);
        Result badLaw = run("check", "linear:2,2,2", "--law", "U1^T*U3");
        assertEquals(Main.USER_ERROR, badLaw.code);
        assertTrue(badLaw.err.startsWith("lawkeeper: column ") && badLaw.err.lines().count() == 1, badLaw.err);
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Cancellation.none());
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
