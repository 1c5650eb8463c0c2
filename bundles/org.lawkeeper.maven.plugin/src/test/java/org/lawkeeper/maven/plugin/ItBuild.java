package org.lawkeeper.maven.plugin;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import javax.xml.parsers.DocumentBuilderFactory;
import org.lawkeeper.report.format.SarifSchema;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;

/**
 * What an integration-test build left behind — its log, its SARIF log (validated against the official
 * schema) and its JUnit XML — with the assertions the projects' {@code verify.groovy} scripts make, each
 * failing with one line that says what was expected.
 */
public final class ItBuild {
    private static final String LOCATION = "/locations/0/physicalLocation";
    private final Path basedir;
    private final List<String> log;
    private final JsonNode sarif;

    private ItBuild(Path basedir) throws IOException {
        this.basedir = basedir;
        this.log = Files.readAllLines(basedir.resolve("build.log"), StandardCharsets.UTF_8);
        this.sarif = SarifSchema.validated(basedir.resolve("target/lawkeeper/" + CheckMojo.SARIF));
    }

    /** The build of the project in {@code basedir}. */
    public static ItBuild of(File basedir) throws IOException {
        return new ItBuild(basedir.toPath());
    }

    /** Asserts that a line of the build log contains {@code parts} in this order (columns are padded). */
    public ItBuild logHas(String... parts) {
        if (log.stream().noneMatch(line -> containsInOrder(line, parts))) {
            throw new AssertionError("no line of " + basedir.resolve("build.log") + " contains, in order: "
                    + String.join(" … ", parts));
        }
        return this;
    }

    private static boolean containsInOrder(String line, String... parts) {
        int from = 0;
        for (String part : parts) {
            int at = line.indexOf(part, from);
            if (at < 0) {
                return false;
            }
            from = at + part.length();
        }
        return true;
    }

    /** The SARIF result of rule {@code rule} at {@code file}:{@code line}; fails when there is none. */
    public JsonNode result(String rule, String file, int line) {
        return StreamSupport.stream(sarif.at("/runs/0/results").spliterator(), false)
                .filter(result -> result.get("ruleId").asString().equals(rule))
                .filter(result -> result.at(LOCATION + "/artifactLocation/uri").asString().equals(file))
                .filter(result -> result.at(LOCATION + "/region/startLine").asInt() == line)
                .findFirst().orElseThrow(() -> new AssertionError("no SARIF result " + rule + " at " + file + ":" + line
                        + " in " + sarif.at("/runs/0/results")));
    }

    /** Asserts that the SARIF log has no result of rule {@code rule}. */
    public ItBuild noResult(String rule) {
        if (StreamSupport.stream(sarif.at("/runs/0/results").spliterator(), false)
                .anyMatch(result -> result.get("ruleId").asString().equals(rule))) {
            throw new AssertionError("the SARIF log has a " + rule + " result: " + sarif.at("/runs/0/results"));
        }
        return this;
    }

    /** Asserts the counts of the JUnit XML test suite. */
    public ItBuild junit(int tests, int failures, int errors, int skipped) throws Exception {
        Element suite = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(basedir.resolve("target/lawkeeper/" + CheckMojo.JUNIT).toFile()).getDocumentElement();
        List<String> expected = List.of(String.valueOf(tests), String.valueOf(failures), String.valueOf(errors),
                String.valueOf(skipped));
        List<String> actual = List.of(suite.getAttribute("tests"), suite.getAttribute("failures"),
                suite.getAttribute("errors"), suite.getAttribute("skipped"));
        if (!expected.equals(actual)) {
            throw new AssertionError("JUnit XML tests/failures/errors/skipped: expected " + expected + ", got "
                    + actual);
        }
        return this;
    }
}
