package org.lawkeeper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code ./lawkeeper scan}: a source tree's claims, decided and reported as the Maven plugin does. */
class ScanCommandTest {
    private static final String DEEP = """
            package nets;

            @LawModel("linear:2,3,2")
            @Conserves(flow = "gf", law = "U1^T*U1 - U2*U2^T")
            @Conserves(flow = "momentum", law = "U1^T*U1 - U2*U2^T")
            class Deep {}
            """;
    /** The source of {@link Hyperbola}, whose compiled class the child JVM runs. */
    private static final String HYPERBOLA = """
            package org.lawkeeper.cli;

            @LawModel
            @Conserves(flow = "gf", law = "x[1]^2 - x[2]^2")
            public final class Hyperbola implements ModelDefinition {}
            """;

    private static Path tree(Path folder, String name, String source) throws Exception {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        return folder;
    }

    @Test
    void aViolatedClaimFailsTheScanAndEveryReportIsWritten(@TempDir Path folder) throws Exception {
        Path tree = tree(folder.resolve("src"), "nets/Deep.java", DEEP);
        Path sarif = folder.resolve("out/lawkeeper.sarif");
        Path junit = folder.resolve("out/TEST-lawkeeper.xml");
        CliRunner r = CliRunner.run("scan", tree.toString(), "--sarif", sarif.toString(), "--junit", junit.toString(),
                "--report", folder.resolve("reports").toString(), "--tries", "5");
        assertEquals(CheckCommand.VIOLATED, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("Lawkeeper: 2 claims in 1 class (1 Java file, "), lines.get(0));
        assertEquals("nets/Deep.java:4  conserved     U1^T*U1 - U2*U2^T  gf", lines.get(1));
        assertEquals("nets/Deep.java:5  violated      U1^T*U1 - U2*U2^T  momentum", lines.get(2));
        assertTrue(lines.contains("    report: " + folder.resolve("reports/nets.Deep/line-5/index.html")), r.out());
        assertEquals("1 finding fails the check (fail on violated): nets/Deep.java:5 violated", lines.getLast());
        assertTrue(Files.readString(sarif).contains("\"ruleId\" : \"violated\""));
        assertFalse(Files.readString(sarif).contains("\"ruleId\" : \"conserved\""), "no problem, no result");
        assertTrue(Files.readString(junit).contains("<failure message=\"Violated under momentum"));

        CliRunner never = CliRunner.run("scan", tree.toString(), "--fail-on", "never", "--tries", "5", "--sarif",
                sarif.toString(), "--sarif-conserved");
        assertEquals(Main.OK, never.code(), never.err());
        assertTrue(Files.readString(sarif).contains("\"ruleId\" : \"conserved\""), "asked for");
    }

    @Test
    void jsonForScriptsAndFiltersForQuickRuns(@TempDir Path folder) throws Exception {
        Path tree = tree(folder, "nets/Deep.java", DEEP);
        CliRunner r = CliRunner.run("scan", tree.toString(), "--json", "--flows", "gf");
        assertEquals(Main.OK, r.code(), r.err());
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        assertEquals(1, json.at("/counts/conserved").asInt());
        assertEquals(1, json.get("skipped").asInt());
        assertEquals("momentum", json.at("/skippedClaims/0/flow").asString());
    }

    @Test
    void customModelsRunOnTheGivenClassPath(@TempDir Path folder) throws Exception {
        Path tree = tree(folder, "org/lawkeeper/cli/Hyperbola.java", HYPERBOLA);
        CliRunner without = CliRunner.run("scan", tree.toString());
        assertTrue(without.out().contains("org/lawkeeper/cli/Hyperbola.java:3  model  Custom model Hyperbola could not be "
                + "defined: no class path to run it on (give --classpath)"), without.out());
        Path classes = Path.of(Hyperbola.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        CliRunner with = CliRunner.run("scan", tree.toString(), "--classpath", classes.toString());
        assertEquals(Main.OK, with.code(), with.err());
        assertTrue(with.out().contains("org/lawkeeper/cli/Hyperbola.java:4  conserved  x[1]^2 - x[2]^2  gf"), with.out());
    }

    @Test
    void mistakesAreOneLineErrors(@TempDir Path folder) {
        assertEquals("lawkeeper: 'scan' takes one DIR, got none\n", CliRunner.run("scan").err());
        assertEquals("lawkeeper: no folder " + folder.resolve("nowhere") + "\n",
                CliRunner.run("scan", folder.resolve("nowhere").toString()).err());
        CliRunner level = CliRunner.run("scan", folder.toString(), "--fail-on", "sometimes");
        assertEquals(Main.USER_ERROR, level.code());
        assertEquals("lawkeeper: fail-on level must be one of never, violated, malformed, missing, not 'sometimes'\n",
                level.err());
        assertEquals("lawkeeper: tries must lie between 1 and 1000000, not 0\n",
                CliRunner.run("scan", folder.toString(), "--tries", "0").err());
    }
}
