package org.lawkeeper.report.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lawkeeper.claims.analysis.ClaimResult;
import org.lawkeeper.claims.analysis.DeclarationResult;
import org.lawkeeper.claims.analysis.FlowResult;
import org.lawkeeper.claims.evidence.Reports;
import org.lawkeeper.claims.findings.Finding;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.CancelledException;
import org.lawkeeper.core.SpecException;
import org.lawkeeper.core.analysis.ClaimStatus;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.law.LawParser;
import org.lawkeeper.core.law.LawSyntaxException;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.report.CheckResult;
import org.lawkeeper.report.CheckedFile;

/**
 * The harness's HTML report for every violated law: the law checked on random dynamics under each flow its
 * class claims (where the law makes sense), drift plots side by side — the page the IDE's view exports,
 * written here without an IDE. One report per class and law, in
 * {@code DIRECTORY/CLASS/line-N/index.html} with N the line of the first claim of that law.
 */
public final class HtmlReports {
    private final Map<String, Path> pages;

    private HtmlReports(Map<String, Path> pages) {
        this.pages = pages;
    }

    /** No reports: what writers get when none were asked for. */
    public static HtmlReports none() {
        return new HtmlReports(Map.of());
    }

    /**
     * Writes the reports of {@code result}'s violated claims into {@code directory}.
     *
     * @throws CancelledException when {@code cancellation} is raised or expires while the trials run
     */
    public static HtmlReports write(CheckResult result, Path directory, Cancellation cancellation)
            throws IOException, CancelledException {
        Map<String, Path> pages = new HashMap<>();
        for (CheckedFile file : result.files()) {
            for (DeclarationResult declaration : file.results()) {
                Optional<Model> model = declaration.definition();
                if (model.isEmpty()) {
                    continue;
                }
                for (ClaimResult claim : declaration.claims()) {
                    String key = key(declaration.declaration().binaryName(), claim.claim().law());
                    if (claim.outcome().status() == ClaimStatus.VIOLATED && !pages.containsKey(key)) {
                        Path folder = directory.resolve(declaration.declaration().binaryName())
                                .resolve("line-" + claim.claim().line());
                        pages.put(key, write(folder, model.get(), flows(model.get(), declaration, claim.claim().law()),
                                claim.claim().law(), result, cancellation));
                    }
                }
            }
        }
        return new HtmlReports(pages);
    }

    /** The report on {@code finding}'s law, when it is a violated claim with one. */
    public Optional<Path> of(Finding finding) {
        return finding.kind() == Finding.Kind.VIOLATED
                ? finding.law().map(law -> pages.get(key(finding.type(), law)))
                : Optional.empty();
    }

    private static Path write(Path folder, Model model, List<Flow> flows, String law, CheckResult result,
            Cancellation cancellation) throws IOException, CancelledException {
        try {
            return Reports.write(folder, model, flows, law, result.settings().tries(), result.settings().seed(),
                    trials -> {
                    }, cancellation);
        } catch (LawSyntaxException e) {
            throw new IllegalStateException("a violated law no longer parses: " + law, e);
        }
    }

    /** The flows the class claims under which {@code law} parses: its violated flow among them. */
    private static List<Flow> flows(Model model, DeclarationResult declaration, String law) {
        List<Flow> flows = new ArrayList<>();
        for (FlowResult claimed : declaration.flows()) {
            try {
                Flow flow = FlowSpec.parse(claimed.flow());
                LawParser.parse(law, model, flow);
                flows.add(flow);
            } catch (SpecException e) {
                // a law with velocities has no meaning under a first-order flow: that flow is left out
            }
        }
        return flows;
    }

    private static String key(String type, String law) {
        return type + "\u0000" + law;
    }
}
