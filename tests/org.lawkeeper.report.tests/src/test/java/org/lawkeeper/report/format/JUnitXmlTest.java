package org.lawkeeper.report.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lawkeeper.report.ClaimCheck;
import org.lawkeeper.report.ClaimFilter;
import org.lawkeeper.report.Fixture;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The JUnit XML of a check: one test case per claim, its outcome by verdict, as CI servers read Surefire's. */
class JUnitXmlTest {

    private static Element suite(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile()).getDocumentElement();
    }

    /** Each test case as {@code classname name line outcome}. */
    private static List<String> cases(Element suite) {
        List<String> cases = new ArrayList<>();
        NodeList nodes = suite.getElementsByTagName("testcase");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element testcase = (Element) nodes.item(i);
            Element outcome = (Element) testcase.getElementsByTagName("*").item(0);
            cases.add(testcase.getAttribute("classname") + " " + testcase.getAttribute("name") + " "
                    + testcase.getAttribute("line") + (outcome == null ? "" : " " + outcome.getTagName()));
        }
        return cases;
    }

    @Test
    void claimsAreTestsAndVerdictsTheirOutcomes(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("TEST-lawkeeper.xml");
        JUnitXml.write(Fixture.result(), HtmlReports.none(), file);
        Element suite = suite(file);
        assertEquals(List.of("lawkeeper", "5", "1", "1", "1"), List.of(suite.getAttribute("name"),
                suite.getAttribute("tests"), suite.getAttribute("failures"), suite.getAttribute("errors"),
                suite.getAttribute("skipped")));
        assertEquals(List.of(
                "models.Deep gf: U1^T*U1 - U2*U2^T 8",
                "models.Deep momentum: U1^T*U1 - U2*U2^T 9 failure",
                "models.Huge model linear:100,100,100 3 skipped",
                "models.Misspelt gf: U1^T*U1 - W*W^T 4 error",
                "models.ProductTest gf: x[1]^2 - x[2]^2 3"), cases(suite));
        Element failure = (Element) suite.getElementsByTagName("failure").item(0);
        assertEquals("violated", failure.getAttribute("type"));
        assertTrue(failure.getAttribute("message").startsWith("Violated under momentum: drift "));
        assertTrue(failure.getTextContent().contains("Laws that hold under momentum:"), failure.getTextContent());
    }

    @Test
    void claimsLeftOutByTheFilterAreSkipped(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("TEST-lawkeeper.xml");
        JUnitXml.write(ClaimCheck.run(Fixture.tree(), Fixture.options(new ClaimFilter(List.of(), List.of("momentum")))),
                HtmlReports.none(), file);
        Element suite = suite(file);
        assertEquals(List.of(
                "models.Deep momentum: U1^T*U1 - U2*U2^T 9 failure",
                "models.Huge model linear:100,100,100 3 skipped",
                "models.Deep gf: U1^T*U1 - U2*U2^T 8 skipped",
                "models.Misspelt gf: U1^T*U1 - W*W^T 4 skipped",
                "models.ProductTest gf: x[1]^2 - x[2]^2 3 skipped"), cases(suite));
        assertEquals("left out: only flows momentum", ((Element) suite.getElementsByTagName("skipped").item(1))
                .getAttribute("message"));
        assertEquals("4", suite.getAttribute("skipped"));
    }
}
