package org.lawkeeper.report.format;

import org.lawkeeper.claims.findings.Finding;
import org.lawkeeper.claims.findings.Finding.Kind;
import org.lawkeeper.core.analysis.HoldingLaw;
import org.lawkeeper.report.CheckResult;
import org.lawkeeper.report.CheckResult.Located;
import org.lawkeeper.report.CheckedFile;
import org.lawkeeper.report.FailOn;
import org.lawkeeper.report.SkippedClaim;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A check as one JSON object for scripts ({@code ./lawkeeper scan --json}): the counts, the fail-on verdict,
 * and every finding with its file, line, column, kind, severity, class, model, flow, law, message, the laws a
 * fix would write and the HTML report of a violated claim; then the claims the filter left out.
 */
public final class JsonSummary {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonSummary() {
    }

    /** The document of {@code result}, judged at {@code failOn}, on one line. */
    public static String json(CheckResult result, HtmlReports reports, FailOn failOn) {
        ObjectNode root = JSON.createObjectNode();
        root.put("tool", ToolInfo.NAME);
        root.put("version", ToolInfo.VERSION);
        root.put("base", result.tree().base().toString());
        root.put("javaFiles", result.scanned());
        root.put("classes", result.declarations());
        ObjectNode counts = root.putObject("counts");
        for (Kind kind : Kind.values()) {
            counts.put(kind.id(), result.count(kind));
        }
        root.put("skipped", result.skipped().count());
        root.put("failOn", failOn.id());
        root.put("failing", result.failing(failOn).size());
        root.put("seconds", result.elapsed().toMillis() / 1000.0);
        ArrayNode findings = root.putArray("findings");
        result.findings().forEach(located -> finding(findings.addObject(), located, reports, result, failOn));
        ArrayNode skipped = root.putArray("skippedClaims");
        for (CheckedFile file : result.files()) {
            for (SkippedClaim claim : file.skipped()) {
                ObjectNode node = skipped.addObject();
                node.put("file", file.name());
                node.put("line", claim.claim().line());
                node.put("type", claim.type());
                node.put("flow", claim.claim().flow());
                node.put("law", claim.claim().law());
            }
        }
        return JSON.writeValueAsString(root);
    }

    private static void finding(ObjectNode node, Located located, HtmlReports reports, CheckResult result,
            FailOn failOn) {
        Finding finding = located.finding();
        TextRegion region = TextRegion.of(located.file().source(), finding.location().start(),
                finding.location().length());
        node.put("file", located.file().name());
        node.put("line", region.startLine());
        node.put("column", region.startColumn());
        node.put("kind", finding.kind().id());
        node.put("severity", finding.severity().name().toLowerCase(java.util.Locale.ROOT));
        node.put("fails", failOn.fails(finding));
        node.put("type", finding.type());
        node.put("model", finding.model());
        finding.flow().ifPresent(flow -> node.put("flow", flow));
        finding.law().ifPresent(law -> node.put("law", law));
        node.put("message", finding.message());
        node.put("details", finding.details());
        ArrayNode laws = node.putArray("laws");
        finding.laws().stream().map(HoldingLaw::expression).forEach(laws::add);
        reports.of(finding).ifPresent(page -> node.put("report", result.tree().name(page)));
    }
}
