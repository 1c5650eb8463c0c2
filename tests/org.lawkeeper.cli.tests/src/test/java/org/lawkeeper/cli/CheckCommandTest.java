package org.lawkeeper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.Optional;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelSpec;
import org.lawkeeper.harness.check.DriftTrace;
import org.lawkeeper.harness.property.PropertyResult;
import org.lawkeeper.harness.property.Statistics;
import org.lawkeeper.harness.report.FlowOutcome;
import org.lawkeeper.harness.trials.Trial;

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

    @Test
    void aLargeConstantTermDoesNotHideAFalseLaw() {
        Result r = run("check", "linear:2,2,2", "--law", "U1[1,1] + 10000000000000", "--tries", "200");
        assertEquals(CheckCommand.VIOLATED, r.code, r.out + r.err);
        assertTrue(r.out.matches("(?s).*gf\\s+VIOLATED\\s+1\\s.*"), r.out);
    }

    @Test
    void aRunWhoseEveryTrialIsDiscardedHasNoVerdictAndDoesNotPass() {
        Result r = run("check", "linear:2,2,2", "--flow", "momentum:tau=1e100", "--law", "U1^T*U1 - U2*U2^T",
                "--tries", "5");
        assertEquals(CheckCommand.VACUOUS, r.code, r.out + r.err);
        assertTrue(r.out.matches("(?s).*momentum:tau=1\\d+\\s+no verdict\\s+0\\s+26\\s.*"), r.out);
        assertTrue(r.out.contains(", no verdict: all 26 attempts were discarded (not finite: 26)"), r.out);
        assertTrue(!r.out.contains("vacuous:"), r.out);
        Result json = run("check", "linear:2,2,2", "--flow", "momentum:tau=1e100", "--law", "U1^T*U1 - U2*U2^T",
                "--tries", "5", "--json");
        assertTrue(json.out.contains("\"verdict\":\"no verdict\"") && json.out.contains("\"noVerdict\":\"all 26 "),
                json.out);
    }

    @Test
    void aRunStoppedByItsTimeBudgetSaysSoInTextAndJson() throws Exception {
        Model model = ModelSpec.parse("linear:2,2,2").build(Limits.DEFAULT);
        PropertyResult<Trial> result = new PropertyResult<>(165, 0, 1, Optional.of("time budget of PT5M"),
                new Statistics(), Optional.empty());
        List<FlowOutcome> outcomes = List.of(new FlowOutcome(FlowSpec.parse("gf"), result,
                new DriftTrace("", new double[1], new double[1]), Optional.empty(), Optional.empty()));
        String text = CheckCommand.text(model, "U1[1,1]", 1, 200, outcomes, null);
        assertTrue(text.matches("(?s).*gf\\s+conserved\\s+165\\s.*"), text);
        assertTrue(text.endsWith("under gf: stopped early after 165 of 200 tries (time budget of PT5M)"), text);
        String json = CheckCommand.json(model, "U1[1,1]", 1, 200, outcomes, null).toString();
        assertTrue(json.contains("\"tries\":200,") && json.contains("\"stoppedEarly\":\"time budget of PT5M\""), json);
        PropertyResult<Trial> complete = new PropertyResult<>(200, 0, 1, Optional.empty(), new Statistics(),
                Optional.empty());
        assertTrue(new FlowOutcome(FlowSpec.parse("gf"), complete, outcomes.get(0).trace(), Optional.empty(),
                Optional.empty()).stoppedEarly().isEmpty());
    }

    @Test
    void aTrialWhoseLawOutgrowsAnyViolationIsDiscardedNotConserved() {
        // e^{τt} at τ = 100 multiplies the rounding of θ' by up to e^{200}: such trials cannot see a violation
        Result r = run("check", "linear:2,2,2", "--flow", "momentum:tau=100", "--law",
                "exp(tau*t)*skew(U1^T*U1' + U2*U2'^T)", "--tries", "20", "--json");
        assertTrue(r.out.matches("(?s).*\"discardReasons\":\\{\"diverged\":\\d+}.*"), r.out);
        // the plotted trial is one that was judged, not one of the discarded (its drift reached 1e15 and beyond)
        Matcher drift = Pattern.compile("\"plottedTrialDrift\":([^,]+),").matcher(r.out);
        assertTrue(drift.find() && Double.parseDouble(drift.group(1)) < 1, r.out);
    }

    @Test
    void theReportIsWrittenOnlyWhereItOwnsTheFileAndTheVerdictSurvivesARefusal(@TempDir Path directory)
            throws Exception {
        Result empty = run("check", "linear:2,2,2", "--law", "U1[1,1]", "--report", "");
        assertEquals(Main.USER_ERROR, empty.code);
        assertEquals("lawkeeper: --report needs a directory, got an empty path\n", empty.err);
        assertEquals("", empty.out);
        Path page = directory.resolve("index.html");
        Files.writeString(page, "mine");
        Result r = run("check", "linear:2,2,2", "--flow", "momentum", "--law", "U1^T*U1 - U2*U2^T", "--tries", "5",
                "--report", directory.toString());
        assertEquals(CheckCommand.VIOLATED, r.code, r.out + r.err);
        assertTrue(r.out.matches("(?s).*momentum\\s+VIOLATED.*"), r.out);
        assertTrue(r.out.strip().endsWith("report not written to " + directory + ": " + page
                + " exists and is not a Lawkeeper report, so it is left alone (move it or write elsewhere)"), r.out);
        assertEquals("mine", Files.readString(page));
        Files.delete(page);
        Result written = run("check", "linear:2,2,2", "--law", "U1^T*U1 - U2*U2^T", "--tries", "5", "--report",
                directory.toString());
        assertEquals(Main.OK, written.code, written.out + written.err);
        assertTrue(written.out.strip().endsWith("report: " + page), written.out);
        Result again = run("check", "linear:2,2,2", "--law", "U1^T*U1 - U2*U2^T", "--tries", "5", "--report",
                directory.toString(), "--json");
        assertTrue(again.out.contains("\"report\":\"" + page + "\",\"reportProblem\":null"), again.out);
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
