package org.lawkeeper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code verify} and {@code laws} on the command line. */
class LawCommandsTest {

    @Test
    void verifyConservedLaw() {
        CliRunner r = CliRunner.run("verify", "linear:2,3,2", "--flow", "gf", "--law", "U1^T*U1 - U2*U2^T");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("""
                conserved: U1^T*U1 - U2*U2^T under gf for linear:2,3,2
                  6 independent scalar laws: entries [1,1], [1,2], [1,3], [2,2], [2,3], [3,3]
                  exact: ⟨∇h, χ_i⟩ ≡ 0 as a polynomial identity for 6 entries and all 4 generating fields; """),
                r.out());
    }

    @Test
    void verifyRefutedLawShowsAWitnessAndExitsLikeAViolatedCheck() {
        CliRunner r = CliRunner.run("verify", "linear:2,3,2", "--flow", "momentum:tau=1/2", "--law",
                "skew(U1^T*U1' + U2*U2'^T)");
        assertEquals(CheckCommand.VIOLATED, r.code(), r.err());
        assertTrue(r.out().startsWith("not conserved: "), r.out());
        assertTrue(r.out().contains("witness: entry [1,2] changes along the drift χ_0: ⟨∇h, χ⟩ = "), r.out());
    }

    @Test
    void verifyJson() {
        CliRunner r = CliRunner.run("verify", "relu:3,4,2+bias", "--flow", "momentum", "--json", "--law",
                "norm2(U2, rows) + norm2(b1, rows) - norm2(U1, cols)^T");
        assertEquals(CheckCommand.VIOLATED, r.code(), r.err());
        String json = r.out().strip();
        assertEquals("\"not conserved\"", field(json, "verdict"));
        assertEquals("false", field(json, "conserved"));
        assertTrue(json.contains("\"entries\":[\"[1]\",\"[2]\",\"[3]\",\"[4]\"]"), json);
        assertTrue(json.contains("\"witness\":{\"entry\":\"[1]\",\"field\":0,\"fieldDescription\":\"the drift χ_0\""),
                json);
    }

    @Test
    void lawsJsonHasCountLawsCompleteAndSeconds() {
        CliRunner r = CliRunner.run("laws", "nmf:3,3,3", "--flow", "mirror", "--json");
        assertEquals(0, r.code(), r.err());
        String json = r.out().strip();
        assertEquals("3", field(json, "count"));
        assertEquals("true", field(json, "complete"));
        assertTrue(Double.parseDouble(field(json, "seconds")) >= 0);
        assertEquals(3, Pattern.compile("\\{\"expression\":\"V\\[").matcher(json).results().count(), json);
    }

    @Test
    void lawsTextListsTheLawsAndTheCertificate() {
        CliRunner r = CliRunner.run("laws", "product:3", "--degree", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("""
                product:3 under gf: the search found 2 polynomial laws in θ
                  1. x[2]^2 - x[1]^2
                  2. x[3]^2 - x[1]^2
                2 laws lie outside every known family: x[2]^2 - x[1]^2; x[3]^2 - x[1]^2
                complete: 2 independent polynomial laws verified exactly, 2 laws (exact rank 1 of 3 mod p = """),
                r.out());
    }

    @Test
    void lawsShowTheKnownFamiliesCompactly() {
        CliRunner r = CliRunner.run("laws", "linear:2,3,2,2", "--flow", "gf");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("  U1^T*U1 - U2*U2^T     6  balancedness between U1 and U2\n"), r.out());
        assertTrue(r.out().contains("  U2^T*U2 - U3*U3^T     3  balancedness between U2 and U3\n"), r.out());
        assertTrue(r.out().contains("\ncomplete: 9 independent polynomial laws verified exactly, 9 laws"), r.out());
        CliRunner json = CliRunner.run("laws", "nmf:3,3,3", "--flow", "mirror", "--json");
        assertTrue(json.out().contains("\"families\":[{\"expression\":\"sum(U, cols)^T - sum(V, rows)\","
                + "\"name\":\"NMF mirror law of U and V\",\"laws\":3,\"symmetry\":\"U ↦ U·X, V ↦ −X·V, X diagonal,"
                + " in the entropy geometry\",\"generators\":"
                + "\"mirror geometry: outside the Euclidean correspondence\"}],"
                + "\"outsideFamilies\":[]"), json.out());
    }

    @Test
    void explainNamesTheSymmetriesBehindTheLaws() {
        CliRunner r = CliRunner.run("laws", "linear:2,2,2", "--explain");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("""
                linear symmetries of φ (A with ∂φ(θ)·Aθ ≡ 0): 4 = 3 symmetric + 1 antisymmetric + 0 other
                  symmetric A      → ½⟨θ, Aθ⟩:        3 independent gf laws (of 3 counted)
                  antisymmetric A  → e^{τt}⟨θ', Aθ⟩:  1 independent momentum law (of 1 counted)
                  conservation loss: the 3 non-isometric symmetries give no momentum law
                  U1^T*U1 - U2*U2^T ← U1 ↦ U1·X, U2 ↦ −X·U2, X symmetric; laws ½⟨θ, Aθ⟩ with A = the Hessian, symmetric
                """), r.out());
        CliRunner momentum = CliRunner.run("laws", "linear:2,3,2", "--flow", "momentum:tau=1/2", "--explain");
        assertTrue(momentum.out().contains("  exp(tau*t)*skew(U1^T*U1' + U2*U2'^T) ← U1 ↦ U1·X, U2 ↦ −X·U2,"
                + " X antisymmetric; laws c(t)·⟨θ', Aθ⟩ with A antisymmetric: isometries\n"), momentum.out());
    }

    @Test
    void lawsInLatex() {
        CliRunner r = CliRunner.run("laws", "product:2", "--latex");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("  1. (x)_{2}^{2} - (x)_{1}^{2}\n"), r.out());
    }

    /** Command lines as the shell passes them (laws may contain spaces), and the message expected. */
    static Stream<Arguments> badCommandLines() {
        return Stream.of(
                Arguments.of(List.of("verify", "linear:2,3,2", "--law", "U1^T * W"),
                        "law 'U1^T * W', column 8: unknown block 'W' (blocks of linear:2,3,2: U1, U2)"),
                Arguments.of(List.of("verify", "linear:2,3,2", "--law", "(U1 + U1"),
                        "law '(U1 + U1', column 1: '(' is never closed"),
                Arguments.of(List.of("verify", "linear:2,3,2", "--law", "U1 + U2"),
                        "law 'U1 + U2', column 4: cannot add 3×2 to 2×3"),
                Arguments.of(List.of("verify", "linear:2,3,2"), "'verify' needs --law EXPR"),
                Arguments.of(List.of("verify", "linear:1,1,1", "--flow", "momentum:tau=1", "--law", "exp(t/2)*U1"),
                        "cannot verify 'exp(t/2)*U1' exactly: column 1: exp(…)"),
                Arguments.of(List.of("laws", "linear:2,2,2", "--degree", "0"),
                        "--degree must lie between 1 and 12, got 0"),
                Arguments.of(List.of("laws", "linear:2,2,2", "--flow", "adam"), "unknown flow 'adam'"),
                Arguments.of(List.of("laws", "nmf:2,2,2", "--flow", "mirror", "--explain"),
                        "--explain applies to the Euclidean flows gf and momentum, not to mirror"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCommandLines")
    void badInputIsOneLineOnStderrWithExitCodeTwo(List<String> words, String message) {
        CliRunner r = CliRunner.run(words.toArray(String[]::new));
        assertEquals(new CliRunner(2, "", r.err()), r, "exit code 2 and nothing on stdout");
        assertTrue(r.err().matches("lawkeeper: [^\\n]*\\Q" + message + "\\E[^\\n]*\\R"), r.err());
    }

    /** The raw value of a top-level JSON field: a number, a boolean or a quoted string. */
    private static String field(String json, String name) {
        int at = json.indexOf("\"" + name + "\":");
        assertTrue(at >= 0, name + " missing in " + json);
        String rest = json.substring(at + name.length() + 3);
        return rest.startsWith("\"") ? rest.substring(0, rest.indexOf('"', 1) + 1) : rest.split("[,}]", 2)[0];
    }
}
