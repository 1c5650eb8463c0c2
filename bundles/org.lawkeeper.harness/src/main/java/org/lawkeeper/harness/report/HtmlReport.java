package org.lawkeeper.harness.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.harness.LawCheck;
import org.lawkeeper.harness.discrete.StepIdentity;
import org.lawkeeper.harness.discrete.StepSizeStudy;

/**
 * Writes {@code index.html}: per flow the verdict, the statistics, the drift h(t) − h(0) as an SVG plot
 * (side by side, so a flat line under one flow and a drifting one under another are seen at once), the
 * shrunk counterexample and, for first-order flows, drift against step size of the discrete optimiser
 * on log-log axes and the exact identities of discrete steps where the law has them. The page is well-formed XML (XHTML syntax), so tools and tests can read it back.
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    /** The name of the page in its directory. */
    public static final String FILE_NAME = "index.html";
    /** Marks the pages written here, near the start: a later run replaces its own report and nothing else. */
    static final String MARKER = "<meta name=\"generator\" content=\"Lawkeeper check report\"/>";
    /** How much of an existing page is read to find the marker. */
    private static final int HEAD_BYTES = 4096;

    /**
     * Writes the report into {@code directory} (created if needed) and returns the HTML file. An existing
     * {@value #FILE_NAME} is replaced only if it is a regular file that this class wrote (never through a symbolic
     * link); the page is written to a temporary file beside it and renamed over it, so that a reader never sees half
     * a page and a link planted at that name is replaced, not followed.
     *
     * @throws IOException when the directory cannot be made or written, or {@value #FILE_NAME} is not Lawkeeper's
     */
    public static Path write(Path directory, Model model, String law, long seed, List<FlowOutcome> outcomes)
            throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve(FILE_NAME);
        refuseForeign(file);
        Path temporary = Files.createTempFile(directory, ".index-", ".html");
        try {
            Files.writeString(temporary, html(model, law, seed, outcomes), StandardCharsets.UTF_8);
            readableByAll(temporary);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return file;
    }

    private static void refuseForeign(Path file) throws IOException {
        if (Files.isSymbolicLink(file)) {
            throw new IOException(file + " is a symbolic link; the report is never written through one");
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !isReport(file)) {
            throw new IOException(file + " exists and is not a Lawkeeper report, so it is left alone (move it or write elsewhere)");
        }
    }

    /** Whether {@code file} is a regular file with the marker near its start. */
    static boolean isReport(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8).contains(MARKER);
        }
    }

    /** A temporary file is private to its owner; the report it becomes is as readable as any page. */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    static String html(Model model, String law, long seed, List<FlowOutcome> outcomes) {
        StringBuilder html = new StringBuilder();
        String title = "Lawkeeper check: " + law + " on " + model.name();
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append(MARKER).append("\n<title>")
                .append(SvgPlot.escape(title)).append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:2em}.flows{display:flex;flex-wrap:wrap;gap:1.5em}")
                .append(".flow{border:1px solid #ccc;padding:1em}.violated{color:#c0392b}.conserved{color:#27ae60}")
                .append("pre{background:#f6f6f6;padding:.5em;font-size:12px}\n</style>\n</head>\n<body>\n");
        html.append("<h1>").append(SvgPlot.escape(title)).append("</h1>\n");
        html.append("<p>Seed ").append(seed).append(" (replay with <code>--seed ").append(seed)
                .append("</code> or <code>-D").append(LawCheck.SEED_PROPERTY).append('=').append(seed)
                .append("</code>).</p>\n<div class=\"flows\">\n");
        // one drift scale for all flows, so that a flat line and a drifting one are told apart at a glance
        double scale = outcomes.stream().mapToDouble(o -> o.trace().maxDrift()).filter(Double::isFinite).max()
                .orElse(0) * 1.05;
        for (FlowOutcome outcome : outcomes) {
            flow(html, outcome, scale);
        }
        html.append("</div>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void flow(StringBuilder html, FlowOutcome outcome, double driftScale) {
        String spec = outcome.flow().spec();
        String verdict = outcome.verdict();
        html.append("<section class=\"flow\" data-flow=\"").append(SvgPlot.escape(spec)).append("\">\n<h2>")
                .append(SvgPlot.escape(spec)).append(": <span class=\"")
                .append(outcome.passed() ? "conserved" : "violated").append("\">")
                .append(verdict)
                .append("</span></h2>\n");
        var trace = outcome.trace();
        String caption = outcome.result().passed() ? "example trial" : "shrunk counterexample";
        html.append(SvgPlot.plot(spec, "h(t) − h(0)" + (trace.entry().isEmpty() ? "" : ", entry " + trace.entry())
                + " (" + caption + ")", "t", "drift", trace.times(), trace.drift(), false, driftScale));
        html.append(String.format(Locale.ROOT, "<p>max |drift| = <span class=\"max-drift\">%.6e</span></p>%n",
                trace.maxDrift()));
        html.append("<pre>").append(SvgPlot.escape(outcome.result().summary())).append("</pre>\n");
        outcome.result().failure().ifPresent(c -> html.append("<h3>Counterexample</h3>\n<pre>")
                .append(SvgPlot.escape(c.failure().getMessage() + "\n" + c.shrunk().describe() + "\nreplay: seed "
                        + c.seed())).append("</pre>\n"));
        outcome.study().ifPresent(study -> study(html, spec, study));
        outcome.identities().ifPresent(identities -> identities(html, identities));
        html.append("</section>\n");
    }

    private static void identities(StringBuilder html, StepIdentities identities) {
        html.append("<h3>Exact identity of discrete steps</h3>\n<p>").append(SvgPlot.escape(identities.identity()))
                .append(String.format(Locale.ROOT, " (η = %s, %d steps per trial)</p>%n", identities.step(),
                        identities.steps()))
                .append("<table class=\"identities\">\n<tr><th>optimiser</th><th>runs</th><th>broken</th>"
                        + "<th>worst residual</th><th>rounding bound</th></tr>\n");
        for (StepIdentity.Summary s : identities.optimisers()) {
            html.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%d</td><td>%d</td><td>%.3g</td><td>%.3g</td></tr>%n",
                    SvgPlot.escape(s.optimiser()), s.trials(), s.broken(), s.residual(), s.bound()));
        }
        html.append("</table>\n");
    }

    private static void study(StringBuilder html, String spec, StepSizeStudy.Result study) {
        html.append("<h3>Discrete optimiser</h3>\n");
        html.append(SvgPlot.plot(spec + " optimiser", study.optimiser() + ", " + study.iterations() + " iterations",
                "step size α", "max |drift|", study.steps(), study.drifts(), true, 0));
        html.append(String.format(Locale.ROOT, "<p>log-log slope <span class=\"slope\">%.3f</span>%s</p>%n",
                study.slope(), study.discard().map(d -> " (" + SvgPlot.escape(d.toString()) + ")").orElse("")));
    }
}
