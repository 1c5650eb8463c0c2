package org.lawkeeper.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelSpec;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HtmlReportTest {
    private static final String LAW = "U1^T*U1 - U2*U2^T";
    private static List<FlowOutcome> outcomes;
    private static Document page;

    @BeforeAll
    static void writeReport(@TempDir Path directory) throws Exception {
        Model model = ModelSpec.parse("linear:2,2,2").build(Limits.DEFAULT);
        outcomes = FlowComparison.run(model, List.of(FlowSpec.parse("gf"), FlowSpec.parse("momentum")), LAW, 20, 5,
                (flow, n) -> {
                }, Cancellation.none());
        Path file = HtmlReport.write(directory, model, LAW, 5, outcomes);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        page = factory.newDocumentBuilder().parse(Files.newInputStream(file)); // throws unless well-formed
    }

    @Test
    void verdictsDifferBetweenTheFlows() {
        assertEquals("conserved", outcomes.get(0).verdict());
        assertEquals("VIOLATED", outcomes.get(1).verdict());
    }

    @Test
    void eachFlowHasADriftPlotWhoseNumbersAreTheRun() {
        for (FlowOutcome outcome : outcomes) {
            Element svg = plot(outcome.flow().spec());
            int points = outcome.trace().times().length;
            assertEquals(points, Integer.parseInt(svg.getAttribute("data-points")));
            assertEquals(points, polylinePoints(svg));
            assertEquals(outcome.trace().maxDrift(), Double.parseDouble(svg.getAttribute("data-max-abs-y")),
                    1e-6 * outcome.trace().maxDrift());
        }
    }

    @Test
    void firstOrderFlowsGetALogLogStepSizePlot() {
        Element svg = plot("gf optimiser");
        assertEquals(5, polylinePoints(svg));
        assertTrue(page.getDocumentElement().getTextContent().contains("log-log slope"));
        double slope = outcomes.get(0).study().orElseThrow().slope();
        assertEquals(2, slope, 0.3);
    }

    @Test
    void gradientFlowShowsTheExactStepIdentityPerOptimiserAndMomentumHasNone() {
        Element table = (Element) page.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "table").item(0);
        assertEquals("identities", table.getAttribute("class"));
        StepIdentities identities = outcomes.get(0).identities().orElseThrow();
        assertEquals(identities.optimisers().size() + 1, table.getElementsByTagNameNS("http://www.w3.org/1999/xhtml",
                "tr").getLength());
        assertTrue(identities.optimisers().stream().allMatch(s -> s.holds()), identities::toString);
        assertTrue(table.getTextContent().contains("stochastic gradient descent"), table.getTextContent());
        assertTrue(outcomes.get(1).identities().isEmpty());
    }

    @Test
    void theCounterexampleIsShownWithItsSeed() {
        String text = page.getDocumentElement().getTextContent();
        assertTrue(text.contains("Counterexample"), text);
        assertTrue(text.contains("replay: seed"), text);
    }

    private static Element plot(String id) {
        NodeList svgs = page.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
        for (int i = 0; i < svgs.getLength(); i++) {
            Element svg = (Element) svgs.item(i);
            if (svg.getAttribute("data-plot").equals(id)) {
                return svg;
            }
        }
        throw new AssertionError("no plot " + id);
    }

    private static int polylinePoints(Element svg) {
        Element line = (Element) svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "polyline").item(0);
        String points = line.getAttribute("points").strip();
        return points.isEmpty() ? 0 : points.split(" ").length;
    }
}
