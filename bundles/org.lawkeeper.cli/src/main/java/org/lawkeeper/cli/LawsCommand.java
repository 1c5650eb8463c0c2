package org.lawkeeper.cli;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.core.analysis.Analysis;
import org.lawkeeper.core.explain.SymmetryReport;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.flow.GradientFlow;
import org.lawkeeper.core.flow.MomentumFlow;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelKinds;
import org.lawkeeper.core.model.ModelSpec;
import org.lawkeeper.core.search.FoundLaw;
import org.lawkeeper.core.search.Recognition;
import org.lawkeeper.core.search.SearchOptions;
import org.lawkeeper.core.search.SearchResult;

/** {@code laws MODEL --flow FLOW}: the explicit polynomial laws, with their certificate. */
final class LawsCommand implements Command {
    private static final int MAX_DEGREE = 12;

    @Override
    public String name() {
        return "laws";
    }

    @Override
    public String synopsis() {
        return "find the explicit polynomial laws and certify that the list is complete";
    }

    @Override
    public String usage() {
        return """
                usage: ./lawkeeper laws MODEL [--flow FLOW] [--degree K] [--latex] [--explain] [--json] [options]

                  MODEL       %s
                  FLOW        %s (default gf)
                  --degree K  search polynomials of degree ≤ K (default: degrees 1, 2, … up to %d, stopping
                              as soon as the laws found are as many as the count)
                  --latex     print the laws as LaTeX (JSON always carries both forms)
                  --explain   for gf and momentum: the linear symmetries of φ behind the laws (Noether)
                  --json      one JSON object on stdout
                %s
                Laws are polynomials in the flow's state: θ, or (s = e^{τt} or t, θ, θ') with momentum. Each is
                verified exactly and independent of the others; 'complete' means as many were found as the
                exact count allows.
                """.formatted(ModelKinds.examples(), FlowSpec.KNOWN, SearchOptions.DEFAULT_MAX_DEGREE,
                AnalysisOptions.usage());
    }

    @Override
    public int run(List<String> words, PrintStream out, Cancellation cancellation) throws LawkeeperException {
        Set<String> valued = new HashSet<>(AnalysisOptions.VALUED);
        valued.addAll(List.of("flow", "degree"));
        Set<String> flags = new HashSet<>(AnalysisOptions.FLAGS);
        flags.addAll(List.of("json", "latex", "explain"));
        Arguments arguments = Arguments.parse(name(), words, valued, flags);
        String modelSpec = arguments.single("MODEL");
        Flow flow = FlowSpec.parse(arguments.text("flow", "gf"));
        long degree = arguments.integer("degree", SearchOptions.DEFAULT_MAX_DEGREE);
        if (degree < 1 || degree > MAX_DEGREE) {
            throw new UsageException("--degree must lie between 1 and " + MAX_DEGREE + ", got " + degree);
        }
        SearchOptions options = SearchOptions.defaults().withMaxDegree((int) degree)
                .withCounting(AnalysisOptions.from(arguments, cancellation));
        Model model = ModelSpec.parse(modelSpec).build(options.counting().limits());
        boolean explain = arguments.flag("explain");
        if (explain && !(flow instanceof GradientFlow || flow instanceof MomentumFlow)) {
            throw new UsageException("--explain applies to the Euclidean flows gf and momentum, not to " + flow.spec());
        }
        SearchResult result = Analysis.laws(model, flow, options);
        SymmetryReport symmetries = explain ? Analysis.explain(model, options) : null;
        if (arguments.flag("json")) {
            Json json = json(result);
            out.println(symmetries == null ? json : json.put("symmetries", json(symmetries)));
        } else {
            out.println(text(result, flow, arguments.flag("latex")));
            if (symmetries != null) {
                out.println(symmetries.summary());
                result.recognition().families().forEach(f -> out.printf("  %s ← %s; laws %s%n", f.expression(),
                        f.symmetry(), f.generators()));
            }
        }
        return 0;
    }

    private static Json json(SymmetryReport s) {
        return new Json().put("symmetries", s.symmetries()).put("symmetric", s.symmetric())
                .put("antisymmetric", s.antisymmetric()).put("gradientLaws", s.gradientLaws())
                .put("gradientCount", s.gradientCount()).put("momentumLaws", s.momentumLaws())
                .put("momentumCount", s.momentumCount()).put("nonIsometric", s.nonIsometric());
    }

    private static Json json(SearchResult r) {
        List<Json> laws = r.laws().stream().map(l -> new Json().put("expression", l.expression())
                .put("latex", l.latex()).put("degree", l.degree())).toList();
        List<Json> families = r.recognition().families().stream().map(f -> new Json()
                .put("expression", f.expression()).put("name", f.name()).put("laws", f.laws())
                .put("symmetry", f.symmetry()).put("generators", f.generators())).toList();
        List<String> outside = r.recognition().outside().stream().map(FoundLaw::expression).toList();
        return new Json().put("model", r.count().model()).put("flow", r.count().flow()).put("count", r.count().count())
                .put("laws", laws).put("families", families).put("outsideFamilies", outside)
                .put("complete", r.complete()).put("certificate", r.certificate())
                .put("degree", r.degree()).put("exhaustive", r.exhaustive()).put("skipped", r.skipped())
                .put("seed", r.count().seed()).put("seconds", r.seconds());
    }

    /** The known families in compact form, and the laws outside all of them. */
    private static String families(Recognition recognition) {
        StringBuilder text = new StringBuilder();
        if (!recognition.families().isEmpty()) {
            text.append("known families:\n");
            TextTable table = new TextTable("  family", "laws", "");
            recognition.families().forEach(f -> table.add("  " + f.expression(), String.valueOf(f.laws()), f.name()));
            text.append(table);
        }
        List<FoundLaw> outside = recognition.outside();
        if (!outside.isEmpty()) {
            text.append(outside.size()).append(outside.size() == 1 ? " law lies" : " laws lie")
                    .append(" outside every known family: ")
                    .append(String.join("; ", outside.stream().map(FoundLaw::expression).toList())).append('\n');
        }
        return text.toString();
    }

    private static String text(SearchResult r, Flow flow, boolean latex) {
        StringBuilder text = new StringBuilder();
        text.append(r.count().model()).append(" under ").append(r.count().flow()).append(": the search found ")
                .append(r.laws().size()).append(r.laws().size() == 1 ? " polynomial law in " : " polynomial laws in ")
                .append(flow.stateDescription()).append('\n');
        for (int k = 0; k < r.laws().size(); k++) {
            FoundLaw law = r.laws().get(k);
            text.append(String.format("  %d. %s%n", k + 1, latex ? law.latex() : law.expression()));
        }
        text.append(families(r.recognition()));
        text.append(r.certificate()).append('\n');
        text.append(String.format("%s%s; seed %d; %.3f s", r.degree() == 0 && r.count().count() > 0
                        ? "no monomial search needed: the family templates reach the count"
                        : "searched degree ≤ " + r.degree(),
                r.complete() || r.skipped().isEmpty() ? "" : " (skipped: " + String.join("; ", r.skipped()) + ")",
                r.count().seed(),
                r.seconds()));
        return text.toString();
    }
}
