package org.lawkeeper.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.model.ModelSpec;

/**
 * The HTML report as people see it: rendered by headless Chromium, whose screenshot must show every plot —
 * the curve inside each plot rectangle the SVG declares, and tick labels beside its axes — and whose DOM
 * must name each axis. Where each plot rectangle lands on the screen is measured in the page itself, by a
 * script added to a copy of the report. The screenshot is kept as {@code target/screenshots/html-report.png}.
 */
class HtmlReportInChromiumTest {
    private static final int WIDTH = 1280;
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Marks each plot's rectangle with its box on the screen, and the body with the page's height. */
    private static final String MEASURE = """
            <script>
            for (const svg of document.querySelectorAll('svg[data-plot]')) {
              const box = svg.querySelector('rect').getBoundingClientRect();
              svg.setAttribute('data-screen-box', [box.left, box.top, box.width, box.height].map(Math.round).join(','));
            }
            document.body.setAttribute('data-page-height', Math.ceil(document.documentElement.scrollHeight));
            </script>
            """;

    private static Document dom;
    private static BufferedImage screenshot;

    @BeforeAll
    static void render(@TempDir Path folder) throws Exception {
        Chromium chromium = Chromium.find(folder);
        var model = ModelSpec.parse("linear:2,2,2").build(Limits.DEFAULT);
        String law = "U1^T*U1 - U2*U2^T";
        var outcomes = FlowComparison.run(model, List.of(FlowSpec.parse("gf"), FlowSpec.parse("momentum")), law, 20, 5,
                (flow, n) -> {
                }, Cancellation.none());
        Path report = HtmlReport.write(folder.resolve("report"), model, law, 5, outcomes);
        Path measured = folder.resolve("report/measured.html");
        Files.writeString(measured, Files.readString(report).replace("</body>", MEASURE + "</body>"),
                StandardCharsets.UTF_8);
        dom = Jsoup.parse(chromium.dumpDom(measured, WIDTH, 1000));
        int height = Integer.parseInt(dom.body().attr("data-page-height"));
        Path png = chromium.screenshot(measured, WIDTH, height);
        screenshot = ImageIO.read(png.toFile());
        // kept for people to look at, as the workbench tests keep theirs
        Files.createDirectories(SCREENSHOTS);
        Files.copy(png, SCREENSHOTS.resolve("html-report.png"), StandardCopyOption.REPLACE_EXISTING);
        assertEquals(List.of(WIDTH, height), List.of(screenshot.getWidth(), screenshot.getHeight()), "the whole page");
    }

    private static List<Element> plots() {
        List<Element> plots = dom.select("svg[data-plot]");
        assertEquals(3, plots.size(), "drift plots under gf and momentum, and the step-size plot of gf");
        return plots;
    }

    /** The plot rectangle on the screen: left, top, width, height. */
    private static int[] box(Element plot) {
        return Arrays.stream(plot.attr("data-screen-box").split(",")).mapToInt(Integer::parseInt).toArray();
    }

    @Test
    void everyPlotAreaShowsItsCurve() {
        for (Element plot : plots()) {
            int[] box = box(plot);
            // inside the frame: the red curve (#c0392b), on white
            long curve = count(box[0] + 2, box[1] + 2, box[2] - 4, box[3] - 4, HtmlReportInChromiumTest::red);
            assertTrue(curve >= box[2] / 2, plot.attr("data-plot") + ": " + curve + " pixels of curve in " + box[2]
                    + " columns");
        }
    }

    @Test
    void everyAxisHasTicksOnScreenAndANameInThePage() {
        for (Element plot : plots()) {
            int[] box = box(plot);
            String name = plot.attr("data-plot");
            assertTrue(count(box[0], box[1] + box[3] + 2, box[2], 30, HtmlReportInChromiumTest::dark) > 50,
                    name + ": labels under the x axis");
            assertTrue(count(box[0] - 60, box[1], 55, box[3], HtmlReportInChromiumTest::dark) > 50,
                    name + ": labels left of the y axis");
            List<String> labels = plot.select("text").eachText();
            boolean drift = !name.endsWith(" optimiser");
            assertTrue(labels.contains(drift ? "t" : "step size α"), name + ": x axis named in " + labels);
            Element yName = plot.selectFirst("text[transform^=rotate(-90]");
            assertEquals(drift ? "drift" : "max |drift|", yName == null ? null : yName.text(), name + ": y axis");
        }
    }

    /** The pixels of the screenshot's rectangle that pass {@code test}. */
    private static long count(int left, int top, int width, int height, IntPredicate test) {
        long n = 0;
        for (int y = Math.max(0, top); y < Math.min(screenshot.getHeight(), top + height); y++) {
            for (int x = Math.max(0, left); x < Math.min(screenshot.getWidth(), left + width); x++) {
                n += test.test(screenshot.getRGB(x, y)) ? 1 : 0;
            }
        }
        return n;
    }

    private static boolean red(int rgb) {
        int r = rgb >> 16 & 0xff;
        int g = rgb >> 8 & 0xff;
        int b = rgb & 0xff;
        return r > 140 && r - g > 60 && r - b > 60;
    }

    private static boolean dark(int rgb) {
        return (rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff) < 3 * 128;
    }
}
