package org.lawkeeper.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.core.UntrustworthyResultException;
import org.lawkeeper.core.analysis.Analysis;
import org.lawkeeper.core.count.CountOptions;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelSpec;
import org.lawkeeper.core.search.SearchOptions;
import org.lawkeeper.core.search.SearchResult;

/**
 * {@code demo}: the table of exact counts for the built-in examples under every flow that applies — where
 * momentum loses laws ("conservation loss") and where, on an over-parameterised linear net, it keeps more —
 * followed by the explicit laws of one case per family, found and named.
 */
final class DemoCommand implements Command {
    /** The cell of a count that floating point cannot decide. */
    static final String UNDECIDED = "?";

    private static final List<String> FLOWS = List.of("gf", "natural", "mirror", "momentum", "momentum:tau=1",
            "nesterov", "mirror-momentum");
    private static final List<String> MODELS = List.of("linear:2,2,2", "linear:3,2,4", "linear:2,2,2,2",
            "linear:2,3,2,2", "linear:1,5,1", "relu:2,3,2", "relu:2,3,2+bias", "relu:2,2,3,2", "nmf:2,2,2", "nmf:3,3,3",
            "icnn:2,2,2", "icnn:2,2,2+bias");
    /** Cases whose laws are also found explicitly: each flavour of family once, all in about a second. */
    private static final List<List<String>> EXPLICIT = List.of(List.of("linear:2,3,2,2", "gf"),
            List.of("linear:2,3,2,2", "momentum:tau=1"), List.of("relu:2,3,2+bias", "gf"),
            List.of("nmf:3,3,3", "mirror"), List.of("icnn:2,2,2+bias", "mirror"));

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String synopsis() {
        return "counts of conservation laws for built-in models under every flow, side by side";
    }

    @Override
    public String usage() {
        return """
                usage: ./lawkeeper demo [--float] [--seed N] [--timeout SECONDS]

                  --timeout SECONDS  give up after this long (exit code 2)

                Counts the independent conservation laws of small linear, ReLU, NMF and ICNN models under
                gradient flow, natural gradient, mirror flow, heavy-ball momentum (τ = 0 and τ = 1),
                Nesterov and mirror momentum, side by side. A dash marks a flow that needs positive
                blocks the model does not have. Then one small network per block of current practice
                (attention, gated units, normalisation, experts, …) under gf, momentum and gf:wd=1/10,
                with the laws the search finds under gf. With --float the counts are computed in floating
                point, and a ? marks one it cannot decide; the searches always count exactly.
                """;
    }

    @Override
    public int run(List<String> words, PrintStream out, Cancellation cancellation) throws LawkeeperException {
        Arguments arguments = Arguments.parse(name(), words, Set.of("seed", "timeout"), Set.of("float"));
        arguments.expectNoPositional();
        CountOptions options = AnalysisOptions.from(arguments, cancellation);
        long start = System.nanoTime();
        List<String> header = new ArrayList<>(List.of("model", "D"));
        header.addAll(FLOWS);
        TextTable table = new TextTable(header.toArray(String[]::new));
        int counts = 0;
        for (String spec : MODELS) {
            Model model = ModelSpec.parse(spec).build(options.limits());
            List<String> row = new ArrayList<>(List.of(spec, String.valueOf(model.parameterCount())));
            for (String flowSpec : FLOWS) {
                Flow flow = FlowSpec.parse(flowSpec);
                // mirror geometry needs positive blocks to act on
                boolean applies = flow.geometry() != Flow.Geometry.MIRROR || model.hasPositiveBlocks();
                row.add(applies ? countCell(model, flow, options) : "–");
                counts += applies ? 1 : 0;
            }
            table.add(row.toArray(String[]::new));
        }
        out.println("Lawkeeper — independent conservation laws per model and flow ("
                + (options.exact() ? "exact ranks mod two primes" : "floating point") + ")");
        out.println();
        out.print(table);
        printUndecidedLegend(out, options);
        out.println();
        out.println("Each entry is D (or 2D+1 with momentum) minus the rank of the Lie algebra of the flow's fields.");
        out.println("The laws change with the flow: momentum keeps fewer on most models (\"conservation loss\": only");
        out.println("isometric symmetries give momentum laws) but more on the over-parameterised linear:1,5,1, and");
        out.println("mirror geometry keeps as many as gradient flow on the ICNNs, fewer on NMF.");
        out.println();
        out.println("The laws themselves, found by polynomial search, verified exactly and named by family:");
        out.println();
        out.print(explicitLaws(options));
        out.println("laws: verified independent laws found / laws counted; ✓ = certified complete");
        NetworkDemo networks = new NetworkDemo(options);
        out.println();
        out.println("Networks of current practice (./lawkeeper blocks MODEL names their blocks), under gradient flow,");
        out.println("heavy-ball momentum and gradient flow with weight decay 1/10; the laws found under gradient flow:");
        out.println();
        out.print(networks.table());
        printUndecidedLegend(out, options);
        out.println("With weight decay each law h, homogeneous of degree k, lives on as exp(k*wd*t)*h (./lawkeeper laws "
                + "MODEL --flow " + NetworkDemo.WEIGHT_DECAY + ").");
        out.printf("%n%d counts and %d searches in %.2f s; details: ./lawkeeper count|laws MODEL --flow FLOW%n",
                counts + networks.counts(), EXPLICIT.size() + networks.searches(), (System.nanoTime() - start) / 1e9);
        return 0;
    }

    private static void printUndecidedLegend(PrintStream out, CountOptions options) {
        if (!options.exact()) {
            out.println(UNDECIDED + " = floating point cannot decide this count; run it without --float");
        }
    }

    /** A count for a table cell, or {@link #UNDECIDED} where floating point cannot decide it. */
    static String countCell(Model model, Flow flow, CountOptions options) throws LawkeeperException {
        try {
            return String.valueOf(Analysis.count(model, flow, options).count());
        } catch (UntrustworthyResultException e) {
            return UNDECIDED;
        }
    }

    private static TextTable explicitLaws(CountOptions options) throws LawkeeperException {
        TextTable table = new TextTable("model", "flow", "laws", "family", "").alignLeft(1, 3, 4);
        for (List<String> c : EXPLICIT) {
            SearchResult result = Analysis.laws(ModelSpec.parse(c.get(0)).build(options.limits()),
                    FlowSpec.parse(c.get(1)), SearchOptions.defaults().withCounting(options.withExact(true)));
            String laws = result.laws().size() + "/" + result.count().count() + (result.complete() ? " ✓" : "");
            List<List<String>> lines = new ArrayList<>();
            result.recognition().families()
                    .forEach(f -> lines.add(List.of(f.expression(), f.laws() + " × " + f.name())));
            result.recognition().outside()
                    .forEach(l -> lines.add(List.of(l.expression(), "outside every known family")));
            for (int i = 0; i < lines.size(); i++) {
                // model, flow and count once per case, on its first line
                table.add(i == 0 ? c.get(0) : "", i == 0 ? c.get(1) : "", i == 0 ? laws : "", lines.get(i).get(0),
                        lines.get(i).get(1));
            }
        }
        return table;
    }
}
