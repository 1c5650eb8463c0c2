package org.lawkeeper.report.format;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.MessageFormat;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.lawkeeper.claims.findings.ClaimFixes;
import org.lawkeeper.claims.findings.Finding;
import org.lawkeeper.claims.findings.Finding.Kind;
import org.lawkeeper.core.analysis.HoldingLaw;
import org.lawkeeper.report.CheckResult;
import org.lawkeeper.report.CheckResult.Located;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A check as a SARIF 2.1.0 log, so that GitHub code scanning, the VS Code SARIF viewer and IntelliJ's SARIF
 * plug-in show what Eclipse shows: one rule per kind of finding, one result per finding with its physical
 * location (lines, columns and character offsets), the message with the evidence, the certificate and the
 * laws that hold, and the quick fixes as replacements computed against the analysed source. Paths are
 * relative to the source tree's base, named by {@value #SRCROOT}. Conserved claims are left out unless asked
 * for: they are no problems (Eclipse shows them as annotations, not in its Problems view), and GitHub code
 * scanning raises an alert for every result, whatever its kind.
 */
public final class SarifLog {
    /** The uriBaseId of every path: the source tree's base. */
    static final String SRCROOT = "%SRCROOT%";
    /** The schema the log declares (the OASIS standard's own). */
    static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    private static final ResourceBundle TEXTS =
            ResourceBundle.getBundle("org.lawkeeper.report.format.sarif", Locale.ROOT);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<Kind> RULES = List.of(Kind.values());

    private SarifLog() {
    }

    /**
     * Writes the log of {@code result} to {@code file} (its folder is created).
     *
     * @param passes whether conserved claims are results too, of kind {@code pass}
     */
    public static void write(CheckResult result, HtmlReports reports, Path file, boolean passes) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(log(result, reports, passes)),
                StandardCharsets.UTF_8);
    }

    /** The log of {@code result} as a JSON tree; with {@code passes}, conserved claims are results too. */
    public static ObjectNode log(CheckResult result, HtmlReports reports, boolean passes) {
        ObjectNode log = JSON.createObjectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", ToolInfo.NAME);
        driver.put("version", ToolInfo.VERSION);
        RULES.forEach(kind -> rule(driver.withArray("rules").addObject(), kind));
        run.putObject("originalUriBaseIds").putObject(SRCROOT).put("uri", result.tree().base().toUri().toString());
        run.put("columnKind", "utf16CodeUnits");
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", true);
        ObjectNode settings = invocation.putObject("properties");
        settings.put("tries", result.settings().tries());
        settings.put("seed", result.settings().seed());
        settings.put("timeBudgetSeconds", result.settings().budget().toMillis() / 1000.0);
        settings.put("tolerance", result.settings().tolerance());
        settings.put("claimFilter", result.filter().toString());
        ArrayNode results = run.putArray("results");
        result.findings().filter(located -> passes || located.finding().kind() != Kind.CONSERVED)
                .forEach(located -> result(results.addObject(), located, reports, result));
        return log;
    }

    private static void rule(ObjectNode rule, Kind kind) {
        rule.put("id", kind.id());
        rule.put("name", text(kind.id() + ".name"));
        rule.putObject("shortDescription").put("text", text(kind.id() + ".short"));
        rule.putObject("fullDescription").put("text", text(kind.id() + ".full"));
        rule.putObject("defaultConfiguration").put("level", switch (kind) {
            case CONSERVED -> "none";
            case UNCHECKED -> "warning";
            case INCOMPLETE -> "note";
            default -> "error";
        });
    }

    private static void result(ObjectNode node, Located located, HtmlReports reports, CheckResult result) {
        Finding finding = located.finding();
        String source = located.file().source();
        node.put("ruleId", finding.kind().id());
        node.put("ruleIndex", RULES.indexOf(finding.kind()));
        // a conserved claim is a passing check; SARIF wants level "none" for anything but a failure
        node.put("kind", finding.kind() == Kind.CONSERVED ? "pass" : "fail");
        node.put("level", switch (finding.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
            case NONE -> "none";
        });
        node.putObject("message").put("text", finding.details());
        TextRegion region = TextRegion.of(source, finding.location().start(), finding.location().length());
        ObjectNode location = node.putArray("locations").addObject();
        ObjectNode physical = location.putObject("physicalLocation");
        artifact(physical.putObject("artifactLocation"), located.file().name());
        region(physical.putObject("region"), region).putObject("snippet").put("text", region.text(source));
        ObjectNode logical = location.putArray("logicalLocations").addObject();
        logical.put("fullyQualifiedName", finding.type().replace('$', '.'));
        logical.put("kind", "type");
        node.putObject("partialFingerprints").put("lawkeeperFinding/v1", fingerprint(finding));
        for (ClaimFixes.Action action : ClaimFixes.Action.values()) {
            ClaimFixes.edit(finding, action, source).ifPresent(edit -> fix(node.withArray("fixes").addObject(), action,
                    finding, located.file().name(), TextRegion.of(source, edit.offset(), edit.length()), edit.text()));
        }
        reports.of(finding).ifPresent(page -> {
            ObjectNode attachment = node.putArray("attachments").addObject();
            attachment.putObject("description").put("text",
                    "The harness's HTML report: drift plots of the law on random dynamics under each claimed flow");
            artifact(attachment.putObject("artifactLocation"), result.tree().name(page));
        });
        ObjectNode properties = node.putObject("properties");
        properties.put("model", finding.model());
        finding.flow().ifPresent(flow -> properties.put("flow", flow));
        finding.law().ifPresent(law -> properties.put("law", law));
        if (!finding.laws().isEmpty()) {
            ArrayNode laws = properties.putArray(finding.kind() == Kind.INCOMPLETE ? "missingLaws" : "holdingLaws");
            finding.laws().stream().map(HoldingLaw::expression).forEach(laws::add);
        }
    }

    private static void fix(ObjectNode fix, ClaimFixes.Action action, Finding finding, String file, TextRegion deleted,
            String inserted) {
        String description = text("fix." + action.name().toLowerCase(Locale.ROOT));
        fix.putObject("description").put("text", MessageFormat.format(description, finding.flow().orElse("")));
        ObjectNode change = fix.putArray("artifactChanges").addObject();
        artifact(change.putObject("artifactLocation"), file);
        ObjectNode replacement = change.putArray("replacements").addObject();
        region(replacement.putObject("deletedRegion"), deleted);
        if (!inserted.isEmpty()) {
            replacement.putObject("insertedContent").put("text", inserted);
        }
    }

    /** A file by its name in reports: relative to {@value #SRCROOT}, or an absolute URI when outside the base. */
    private static void artifact(ObjectNode location, String name) {
        if (Path.of(name).isAbsolute()) {
            location.put("uri", Path.of(name).toUri().toString());
        } else {
            try {
                location.put("uri", new URI(null, null, name, null).toASCIIString()); // escapes spaces and the like
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("no URI for " + name, e);
            }
            location.put("uriBaseId", SRCROOT);
        }
    }

    private static ObjectNode region(ObjectNode node, TextRegion region) {
        node.put("startLine", region.startLine());
        node.put("startColumn", region.startColumn());
        node.put("endLine", region.endLine());
        node.put("endColumn", region.endColumn());
        node.put("charOffset", region.charOffset());
        node.put("charLength", region.charLength());
        return node;
    }

    /** Identifies a finding across edits that move it: its kind, class, flow and law (or message), hashed. */
    private static String fingerprint(Finding finding) {
        String identity = String.join("\u0000", finding.kind().id(), finding.type(), finding.flow().orElse(""),
                finding.law().orElse(finding.kind() == Kind.MODEL ? finding.message() : ""));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String text(String key) {
        return TEXTS.getString(key);
    }
}
