package org.lawkeeper.report.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lawkeeper.report.FailOn;
import org.lawkeeper.report.Fixture;
import org.lawkeeper.report.format.ConsoleSummary.Level;
import org.lawkeeper.report.format.ConsoleSummary.Line;

/** What a build log shows: one aligned line per claim, the problems below their lines, the verdict last. */
class ConsoleSummaryTest {

    /** The lines with runs of padding shown as {@code |}, and their levels. */
    private static List<String> shown(FailOn failOn) throws Exception {
        return ConsoleSummary.lines(Fixture.result(), HtmlReports.none(), failOn).stream()
                .map(line -> line.level() + " " + line.text().replaceAll(" {2,}", " | ").strip()).toList();
    }

    @Test
    void oneLinePerClaimWithFileLineVerdictLawAndFlow() throws Exception {
        List<String> lines = shown(FailOn.VIOLATED);
        assertTrue(lines.get(0).matches("INFO Lawkeeper: 4 claims in 4 classes \\(5 Java files, \\d+\\.\\d s\\): "
                + "2 conserved, 1 violated, 1 malformed, 1 model not analysed, 3 flows with missing laws"), lines.get(0));
        assertEquals("INFO " + Fixture.DEEP + ":8 | conserved | U1^T*U1 - U2*U2^T | gf", lines.get(1));
        assertEquals("ERROR " + Fixture.DEEP + ":9 | violated | U1^T*U1 - U2*U2^T | momentum", lines.get(2));
        assertTrue(lines.get(3).startsWith("ERROR | Violated under momentum: drift "), lines.get(3));
        assertEquals("INFO " + Fixture.DEEP + ":9 | missing laws | 3 laws exist under momentum, you claimed 0",
                lines.get(4));
        assertEquals("INFO | missing: skew(U1^T*U1' + U2*U2'^T)", lines.get(5));
        assertEquals("WARNING " + Fixture.HUGE + ":3 | model | linear:100,100,100 is too large to analyse: model "
                + "linear:100,100,100 has state dimension 20000, above the limit 4000", lines.get(6));
        assertEquals("WARNING " + Fixture.MISSPELT + ":4 | malformed | U1^T*U1 - W*W^T | gf", lines.get(7));
        assertEquals("ERROR 1 finding fails the check (fail on violated): " + Fixture.DEEP + ":9 violated",
                lines.get(lines.size() - 1));
    }

    @Test
    void verdictsLawsAndFlowsStandInColumns() throws Exception {
        List<List<Integer>> columns = ConsoleSummary.lines(Fixture.result(), HtmlReports.none(), FailOn.NEVER).stream()
                .map(Line::text).filter(text -> text.startsWith("src/")).map(ConsoleSummaryTest::columnStarts)
                .filter(starts -> starts.size() == 4).distinct().toList();
        assertEquals(1, columns.size(), "every claim line has its columns at " + columns);
    }

    /** Where the runs of text separated by two or more spaces start. */
    private static List<Integer> columnStarts(String text) {
        Matcher run = Pattern.compile("\\S(?:\\S| (?! ))*").matcher(text);
        List<Integer> starts = new ArrayList<>();
        while (run.find()) {
            starts.add(run.start());
        }
        return starts;
    }

    @Test
    void whatFailsIsLoudestAndNamedLast() throws Exception {
        List<String> lines = shown(FailOn.MALFORMED);
        assertEquals("ERROR " + Fixture.MISSPELT + ":4 | malformed | U1^T*U1 - W*W^T | gf", lines.get(7));
        assertEquals("ERROR 2 findings fail the check (fail on malformed): " + Fixture.DEEP + ":9 violated, "
                + Fixture.MISSPELT + ":4 malformed", lines.get(lines.size() - 1));
        List<Line> never = ConsoleSummary.lines(Fixture.result(), HtmlReports.none(), FailOn.NEVER);
        assertEquals(new Line(Level.INFO, "no finding fails the check (fail on never)"), never.get(never.size() - 1));
        assertTrue(never.stream().noneMatch(line -> line.level() == Level.ERROR));
    }
}
