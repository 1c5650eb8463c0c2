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
    void aNetworkLawIsCheckedWithItsExactStepIdentityAndItsCounterexampleShrinks() {
        Result r = run("check", "net:4>dense(3)>softmax", "--flow", "gf:wd=1/2", "--law", "exp(wd*t)*sum(W1, cols)",
                "--tries", "20", "--control", "norm2(W1)", "--json");
        assertEquals(Main.OK, r.code, r.err);
        assertTrue(r.out.contains("\"verdict\":\"conserved\"") && r.out.contains("\"vacuous\":[]"), r.out);
        assertTrue(r.out.contains("\"formula\":\"h(θ⁺) = h(θ⁺ without g)\""), r.out);
        assertTrue(r.out.matches("(?s).*\"name\":\"gradient descent \\(wd = 0.5\\)\",\"runs\":20,\"broken\":0,.*"), r.out);
        assertTrue(r.out.matches("(?s).*\"name\":\"sign descent \\(wd = 0.5\\)\"[^}]*\"holds\":false.*"), r.out);
        Result violated = run("check", "net:3>swiglu(3)>dense(2)", "--law", "norm2(W1, cols)^T - norm2(B1, rows)",
                "--tries", "20");
        assertEquals(CheckCommand.VIOLATED, violated.code, violated.err);
        assertTrue(violated.out.contains("model net:1>swiglu(1)>dense(1), flow gf"), violated.out);
        assertTrue(violated.out.matches("(?s).*gradient descent\\s+\\d+\\s+\\d+\\s+\\S+\\s+\\S+\\s+BROKEN.*"), violated.out);
    }

    @Test
    void aControlThatDoesNotMoveMakesTheRunVacuous() {
        Result r = run("check", "net:4>dense(3)>softmax", "--law", "sum(W1, cols)", "--tries", "10", "--control",
                "sum(W1)");
        assertEquals(CheckCommand.VACUOUS, r.code, r.err);
        assertTrue(r.out.matches("(?s).*gf\\s+VACUOUS\\s+10.*"), r.out);
        assertTrue(r.out.contains("under gf, vacuous: coverage of 'control sum(W1) moved' is 0.0 %"), r.out);
    }

    @Test
    void mistakesAreOneLineErrors() {
        Result noLaw = run("check", "linear:2,2,2");
        assertEquals(Main.USER_ERROR, noLaw.code);
        assertEquals("lawkeeper: 'check' needs the claimed law: --law EXPR\n", noLaw.err);
        Result badLaw = run("check", "linear:2,2,2", "--law", "U1^T*U3");
        assertEquals(Main.USER_ERROR, badLaw.code);
        assertTrue(badLaw.err.startsWith("lawkeeper: column ") && badLaw.err.lines().count() == 1, badLaw.err);
        Result badControl = run("check", "net:4>dense(3)>softmax", "--law", "sum(W1, cols)", "--control", "W9");
        assertEquals(Main.USER_ERROR, badControl.code);
        assertEquals("lawkeeper: column 1: unknown block 'W9' (blocks of net:4>dense(3)>softmax: W1)\n", badControl.err);
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
