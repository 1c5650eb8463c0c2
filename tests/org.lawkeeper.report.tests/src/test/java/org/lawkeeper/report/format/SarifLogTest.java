package org.lawkeeper.report.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lawkeeper.claims.findings.Finding;
import org.lawkeeper.report.CheckResult;
import org.lawkeeper.report.ClaimCheck;
import org.lawkeeper.report.ClaimFilter;
import org.lawkeeper.report.Fixture;
import org.lawkeeper.report.SourceTree;
import tools.jackson.databind.JsonNode;

/** The SARIF log of a check: valid against the official schema, and what Eclipse shows, where it shows it. */
class SarifLogTest {
    private static JsonNode log;

    @BeforeAll
    static void writeAndValidate(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("lawkeeper/lawkeeper.sarif");
        SarifLog.write(Fixture.result(), HtmlReports.none(), file, true);
        log = SarifSchema.validated(file);
    }

    private static JsonNode run() {
        return log.get("runs").get(0);
    }

    private static JsonNode result(String rule, String file) {
        return StreamSupport.stream(run().get("results").spliterator(), false)
                .filter(r -> r.get("ruleId").asString().equals(rule) && r.at("/locations/0/physicalLocation"
                        + "/artifactLocation/uri").asString().equals(file))
                .findFirst().orElseThrow(() -> new AssertionError("no " + rule + " result in " + file));
    }

    @Test
    void oneRulePerKindOfFindingAndOneResultPerFinding() throws Exception {
        assertEquals("2.1.0", log.get("version").asString());
        assertEquals(List.of("conserved", "violated", "malformed", "unchecked", "model", "incomplete"),
                StreamSupport.stream(run().at("/tool/driver/rules").spliterator(), false)
                        .map(r -> r.get("id").asString()).toList());
        assertEquals("Lawkeeper", run().at("/tool/driver/name").asString());
        assertTrue(run().at("/tool/driver/rules/1/fullDescription/text").asString().contains("the property harness's "
                + "drift, shrunk to the smallest architecture"));
        assertEquals(Fixture.result().findings().count(), run().get("results").size());
        assertEquals(Fixture.tree().base().toUri().toString(), run().at("/originalUriBaseIds/%SRCROOT%/uri").asString());
    }

    @Test
    void conservedClaimsAreResultsOnlyWhenAskedFor() throws Exception {
        JsonNode problems = SarifLog.log(Fixture.result(), HtmlReports.none(), false);
        assertEquals(Fixture.result().findings().count() - Fixture.result().count(Finding.Kind.CONSERVED),
                problems.at("/runs/0/results").size());
        assertTrue(StreamSupport.stream(problems.at("/runs/0/results").spliterator(), false)
                .noneMatch(r -> r.get("kind").asString().equals("pass")));
    }

    @Test
    void aViolatedClaimIsAnErrorAtItsAnnotationWithTheEvidence() {
        JsonNode violated = result("violated", Fixture.DEEP);
        String source = Fixture.source(Fixture.DEEP);
        String claim = "@Conserves(flow = \"momentum\", law = \"U1^T*U1 - U2*U2^T\")";
        assertEquals("error", violated.get("level").asString());
        assertEquals("fail", violated.get("kind").asString());
        assertEquals(1, violated.get("ruleIndex").asInt());
        JsonNode location = violated.at("/locations/0/physicalLocation");
        assertEquals("%SRCROOT%", location.at("/artifactLocation/uriBaseId").asString());
        JsonNode region = location.get("region");
        assertEquals(List.of(9, 1, 9, 1 + claim.length(), source.indexOf(claim), claim.length()),
                List.of(region.get("startLine").asInt(), region.get("startColumn").asInt(), region.get("endLine").asInt(),
                        region.get("endColumn").asInt(), region.get("charOffset").asInt(), region.get("charLength").asInt()));
        assertEquals(claim, region.at("/snippet/text").asString());
        String message = violated.at("/message/text").asString();
        assertTrue(message.matches("(?s)Violated under momentum: drift \\d\\.\\de-\\d\\d at t = \\d\\.\\d\\d on "
                + "linear:1,1,1 \\(seed -?\\d+\\); exact: entry \\[1,1\\] changes along the drift χ_0: .*"), message);
        assertTrue(message.contains("\nLaws that hold under momentum:\n  skew(U1ᵀ·U1′ + U2·U2′ᵀ) = const"), message);
        assertEquals("models.Deep", violated.at("/locations/0/logicalLocations/0/fullyQualifiedName").asString());
        assertEquals("skew(U1^T*U1' + U2*U2'^T)", violated.at("/properties/holdingLaws/0").asString());
    }

    @Test
    void theQuickFixesAreReplacementsOfTheAnalysedSource() {
        String source = Fixture.source(Fixture.DEEP);
        JsonNode fixes = result("violated", Fixture.DEEP).get("fixes");
        assertEquals(List.of("Replace with the laws that hold under momentum", "Remove the violated claim"),
                StreamSupport.stream(fixes.spliterator(), false).map(f -> f.at("/description/text").asString()).toList());
        assertEquals(source.replace("law = \"U1^T*U1 - U2*U2^T\")\npublic", "law = \"skew(U1^T*U1' + U2*U2'^T)\")\npublic"),
                applied(source, fixes.get(0)));
        assertEquals(source.replace("@Conserves(flow = \"momentum\", law = \"U1^T*U1 - U2*U2^T\")\n", ""),
                applied(source, fixes.get(1)));
        JsonNode removed = fixes.at("/1/artifactChanges/0/replacements/0/deletedRegion");
        assertEquals(List.of(9, 1, 10, 1), List.of(removed.get("startLine").asInt(), removed.get("startColumn").asInt(),
                removed.get("endLine").asInt(), removed.get("endColumn").asInt()), "the claim's whole line");
        JsonNode add = result("incomplete", Fixture.PRODUCT).get("fixes").get(0);
        assertEquals("Add the missing laws under gf", add.at("/description/text").asString());
        assertEquals(Fixture.source(Fixture.PRODUCT).replace("x[2]^2\")\n", "x[2]^2\")\n@Conserves(flow = \"gf\", "
                + "law = \"x[3]^2 - x[1]^2\")\n"), applied(Fixture.source(Fixture.PRODUCT), add));
        assertFalse(result("malformed", Fixture.MISSPELT).has("fixes"));
    }

    @Test
    void aMalformedLawPointsAtItsCharacter() {
        JsonNode region = result("malformed", Fixture.MISSPELT).at("/locations/0/physicalLocation/region");
        assertEquals("W", region.at("/snippet/text").asString());
        assertEquals(4, region.get("startLine").asInt());
        assertEquals("@Conserves(flow = \"gf\", law = \"U1^T*U1 - ".length() + 1, region.get("startColumn").asInt());
    }

    @Test
    void aConservedClaimPassesAndAModelTooLargeIsAWarning() {
        JsonNode conserved = result("conserved", Fixture.PRODUCT);
        assertEquals("pass", conserved.get("kind").asString());
        assertEquals("none", conserved.get("level").asString());
        assertEquals("warning", result("model", Fixture.HUGE).get("level").asString());
        assertEquals("note", result("incomplete", Fixture.DEEP).get("level").asString());
    }

    @Test
    void pathsAreEscapedURIs(@TempDir Path base) throws Exception {
        Path file = base.resolve("my models/A.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "@LawModel(\"product:2\")\n@Conserves(flow = \"gf\", law = \"x[1]^2 - x[2]^2\")\nclass A {}\n");
        CheckResult result = ClaimCheck.run(new SourceTree(base, List.of(base), StandardCharsets.UTF_8),
                Fixture.options(ClaimFilter.ALL));
        Path sarif = base.resolve("out.sarif");
        SarifLog.write(result, HtmlReports.none(), sarif, true);
        assertEquals("my%20models/A.java", SarifSchema.validated(sarif)
                .at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asString());
    }

    @Test
    void theSchemaRejectsWhatSarifForbids(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("bad.sarif");
        SarifLog.write(Fixture.result(), HtmlReports.none(), file, false);
        Files.writeString(file, Files.readString(file).replace("\"level\" : \"error\"", "\"level\" : \"fatal\""));
        AssertionError e = assertThrows(AssertionError.class, () -> SarifSchema.validated(file));
        assertTrue(e.getMessage().contains("is no valid SARIF 2.1.0"), e.getMessage());
    }

    /** {@code source} with the one replacement of {@code fix} applied, by character offsets. */
    static String applied(String source, JsonNode fix) {
        JsonNode replacement = fix.at("/artifactChanges/0/replacements/0");
        int offset = replacement.at("/deletedRegion/charOffset").asInt();
        int length = replacement.at("/deletedRegion/charLength").asInt();
        return source.substring(0, offset) + replacement.at("/insertedContent/text").asString("")
                + source.substring(offset + length);
    }
}
