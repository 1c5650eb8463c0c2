package org.lawkeeper.report.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lawkeeper.claims.findings.Finding;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.report.CheckResult;
import org.lawkeeper.report.ClaimCheck;
import org.lawkeeper.report.ClaimFilter;
import org.lawkeeper.report.FailOn;
import org.lawkeeper.report.Fixture;
import org.lawkeeper.report.SourceTree;

/** The harness's HTML report of each violated law: under every claimed flow where the law makes sense. */
class HtmlReportsTest {
    private static final String SOURCE = """
            package nets;

            @LawModel("linear:2,2,2")
            @Conserves(flow = "gf", law = "U1^T*U1 - U2*U2^T")
            @Conserves(flow = "momentum", law = "U1^T*U1 - U2*U2^T")
            @Conserves(flow = "momentum", law = "U1^T*U1' + U2*U2'^T")
            class Net {}
            """;

    @Test
    void eachViolatedLawIsReportedUnderTheClaimedFlowsWhereItParses(@TempDir Path base) throws Exception {
        Path file = base.resolve("src/nets/Net.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, SOURCE);
        CheckResult result = ClaimCheck.run(new SourceTree(base, List.of(base.resolve("src")), StandardCharsets.UTF_8),
                Fixture.options(ClaimFilter.ALL));
        HtmlReports reports = HtmlReports.write(result, base.resolve("target/lawkeeper/reports"), Cancellation.none());
        List<Finding> violated = result.findings().map(f -> f.finding()).filter(f -> f.kind() == Finding.Kind.VIOLATED)
                .toList();
        assertEquals(2, violated.size());
        Path balanced = reports.of(violated.get(0)).orElseThrow();
        assertEquals(base.resolve("target/lawkeeper/reports/nets.Net/line-5/index.html"), balanced);
        assertEquals(List.of("gf", "momentum"), plots(balanced), "the law side by side under both flows");
        Path withVelocities = reports.of(violated.get(1)).orElseThrow();
        assertEquals(List.of("momentum"), plots(withVelocities), "velocities mean nothing under gf");

        Path sarif = base.resolve("target/lawkeeper/lawkeeper.sarif");
        SarifLog.write(result, reports, sarif, false);
        assertEquals("target/lawkeeper/reports/nets.Net/line-5/index.html", SarifSchema.validated(sarif)
                .at("/runs/0/results/0/attachments/0/artifactLocation/uri").asString());
        assertTrue(ConsoleSummary.lines(result, reports, FailOn.VIOLATED).stream()
                .anyMatch(line -> line.text().equals("    report: target/lawkeeper/reports/nets.Net/line-5/index.html")));
    }

    /** The flows of a report's drift plots, in page order. */
    private static List<String> plots(Path page) throws Exception {
        Matcher plot = Pattern.compile("data-plot=\"([^\"]+)\"").matcher(Files.readString(page));
        List<String> flows = new ArrayList<>();
        while (plot.find()) {
            if (!plot.group(1).endsWith(" optimiser")) {
                flows.add(plot.group(1));
            }
        }
        return flows;
    }
}
