package org.lawkeeper.report.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lawkeeper.report.FailOn;
import org.lawkeeper.report.Fixture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON of a check, for scripts: counts, the verdict of the policy, every finding with what a fix writes. */
class JsonSummaryTest {

    @Test
    void countsAndFindingsForScripts() throws Exception {
        String json = JsonSummary.json(Fixture.result(), HtmlReports.none(), FailOn.MALFORMED);
        assertFalse(json.contains("\n"), "one line");
        JsonNode root = JsonMapper.builder().build().readTree(json);
        assertEquals(5, root.get("javaFiles").asInt());
        assertEquals(2, root.at("/counts/conserved").asInt());
        assertEquals(3, root.at("/counts/incomplete").asInt());
        assertEquals("malformed", root.get("failOn").asString());
        assertEquals(2, root.get("failing").asInt());
        JsonNode violated = root.get("findings").get(1);
        assertEquals(Fixture.DEEP, violated.get("file").asString());
        assertEquals(9, violated.get("line").asInt());
        assertEquals(1, violated.get("column").asInt());
        assertEquals("violated", violated.get("kind").asString());
        assertEquals("error", violated.get("severity").asString());
        assertTrue(violated.get("fails").asBoolean());
        assertEquals("models.Deep", violated.get("type").asString());
        assertEquals("momentum", violated.get("flow").asString());
        assertEquals("skew(U1^T*U1' + U2*U2'^T)", violated.at("/laws/0").asString());
        assertEquals(0, root.get("skippedClaims").size());
    }
}
