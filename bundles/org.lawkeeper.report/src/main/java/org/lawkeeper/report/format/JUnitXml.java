package org.lawkeeper.report.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.lawkeeper.claims.findings.Finding;
import org.lawkeeper.claims.findings.Finding.Kind;
import org.lawkeeper.report.CheckResult;
import org.lawkeeper.report.CheckResult.Located;
import org.lawkeeper.report.CheckedFile;
import org.lawkeeper.report.SkippedClaim;

/**
 * A check as a JUnit XML test suite (the format of Surefire's {@code TEST-*.xml}), so that CI servers list
 * claims as tests: one test case per claim, named {@code flow: law} in the class that claims it — passed when
 * conserved, failed when violated, an error when malformed, skipped when undecided or left out by the filter
 * — and one per model that could not be analysed (an error, or skipped when merely too large). Verdicts, not
 * the fail-on policy, decide: a build told never to fail still lists its violated claims as failures. Missing
 * laws are no claims and appear only in the console, SARIF and JSON.
 */
public final class JUnitXml {
    private JUnitXml() {
    }

    /** Writes the suite of {@code result} to {@code file} (its folder is created). */
    public static void write(CheckResult result, HtmlReports reports, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            suite(xml, result, reports);
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void suite(XMLStreamWriter xml, CheckResult result, HtmlReports reports) throws XMLStreamException {
        List<Located> cases = result.findings().filter(f -> f.finding().kind() != Kind.INCOMPLETE).toList();
        long skipped = result.skipped().count();
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", "lawkeeper");
        xml.writeAttribute("tests", String.valueOf(cases.size() + skipped));
        xml.writeAttribute("failures", String.valueOf(count(cases, "failure")));
        xml.writeAttribute("errors", String.valueOf(count(cases, "error")));
        xml.writeAttribute("skipped", String.valueOf(skipped + count(cases, "skipped")));
        xml.writeAttribute("time", String.format(Locale.ROOT, "%.3f", result.elapsed().toMillis() / 1000.0));
        xml.writeCharacters("\n");
        xml.writeStartElement("properties");
        property(xml, "lawkeeper.version", ToolInfo.VERSION);
        property(xml, "lawkeeper.tries", String.valueOf(result.settings().tries()));
        property(xml, "lawkeeper.seed", String.valueOf(result.settings().seed()));
        property(xml, "lawkeeper.claimFilter", result.filter().toString());
        xml.writeEndElement();
        xml.writeCharacters("\n");
        for (Located located : cases) {
            Finding finding = located.finding();
            testcase(xml, finding.type(), name(finding), located.file().name(), finding.location().line());
            String outcome = outcome(finding);
            if (!outcome.isEmpty()) {
                xml.writeStartElement(outcome);
                xml.writeAttribute("message", finding.message());
                if (!outcome.equals("skipped")) {
                    xml.writeAttribute("type", finding.kind().id());
                    Optional<Path> page = reports.of(finding);
                    xml.writeCharacters(finding.details()
                            + page.map(p -> "\n\nreport: " + result.tree().name(p)).orElse(""));
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
        for (CheckedFile file : result.files()) {
            for (SkippedClaim claim : file.skipped()) {
                testcase(xml, claim.type(), claim.claim().flow() + ": " + claim.claim().law(), file.name(),
                        claim.claim().line());
                xml.writeEmptyElement("skipped");
                xml.writeAttribute("message", "left out: only " + result.filter());
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
    }

    private static void testcase(XMLStreamWriter xml, String type, String name, String file, int line)
            throws XMLStreamException {
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", type.replace('$', '.'));
        xml.writeAttribute("name", name);
        xml.writeAttribute("file", file);
        xml.writeAttribute("line", String.valueOf(line));
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", value);
    }

    private static long count(List<Located> cases, String outcome) {
        return cases.stream().filter(f -> outcome(f.finding()).equals(outcome)).count();
    }

    private static String name(Finding finding) {
        return finding.kind() == Kind.MODEL ? "model " + finding.model()
                : finding.flow().orElse("?") + ": " + finding.law().orElse("?");
    }

    /** The element a finding's test case holds: {@code failure}, {@code error}, {@code skipped}, or none. */
    private static String outcome(Finding finding) {
        return switch (finding.kind()) {
            case CONSERVED, INCOMPLETE -> "";
            case VIOLATED -> "failure";
            case MALFORMED -> "error";
            case UNCHECKED -> "skipped";
            case MODEL -> finding.severity() == Finding.Severity.ERROR ? "error" : "skipped";
        };
    }
}
