package org.lawkeeper.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.CancelledException;
import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelKinds;
import org.lawkeeper.core.model.ModelSpec;
import org.lawkeeper.harness.LawCheck;
import org.lawkeeper.harness.report.FlowComparison;
import org.lawkeeper.harness.report.FlowOutcome;
import org.lawkeeper.harness.report.HtmlReport;

/** {@code check MODEL --flow FLOW[,FLOW…] --law EXPR}: tries hard to break a claimed law on random dynamics. */
final class CheckCommand implements Command {
    private static final long DEFAULT_SEED = 1;
    /** Exit code when some flow violates the law, so that scripts can tell it from success and from errors. */
    static final int VIOLATED = 3;

    @Override
    public String name() {
        return "check";
    }

    @Override
    public String synopsis() {
        return "test a claimed law on random dynamics and shrink a counterexample";
    }

    @Override
    public String usage() {
        return """
                usage: ./lawkeeper check MODEL --law EXPR [--flow FLOW[,FLOW…]] [--tries N] [--seed N]
                                         [--json] [--report DIR]

                  MODEL         %s
                  FLOW          %s (default gf);
                                several, comma-separated, are compared side by side
                  --law EXPR    the claimed law in the law language, e.g. 'U1^T*U1 - U2*U2^T'
                  --tries N     random trials per flow (default 200)
                  --seed N      seed of the trials (default %d); a counterexample replays with its own seed
                  --json        one JSON object on stdout
                  --report DIR  write DIR/index.html with drift plots (SVG) per flow
                Each trial integrates the flow (Dormand–Prince 8(5,3)) from a random state with a random loss
                and judges the drift of the law against the integrator's error estimate; trajectories that
                diverge or turn stiff are discarded, never counted as violations. Exit code %d when the law is
                violated under some flow.
                """.formatted(ModelKinds.examples(), FlowSpec.KNOWN, DEFAULT_SEED, VIOLATED);
    }

    @Override
    public int run(List<String> words, PrintStream out, Cancellation cancellation) throws LawkeeperException {
        Arguments arguments = Arguments.parse(name(), words, Set.of("flow", "law", "tries", "seed", "report"),
                Set.of("json"));
        Model model = ModelSpec.parse(arguments.single("MODEL")).build(Limits.DEFAULT);
        String law = arguments.text("law", null);
        if (law == null) {
            throw new UsageException("'check' needs the claimed law: --law EXPR");
        }
        List<Flow> flows = FlowSpec.parseList(arguments.text("flow", "gf"));
        long tries = arguments.integer("tries", 200);
        if (tries < 1 || tries > 1_000_000) {
            throw new UsageException("--tries must lie between 1 and 1000000, got " + tries);
        }
        long seed = arguments.integer("seed", DEFAULT_SEED);
        List<FlowOutcome> outcomes;
        try {
            outcomes = FlowComparison.run(model, flows, law, (int) tries, seed, (flow, n) -> progress(flow, n,
                    tries, cancellation));
        } catch (Interrupted e) {
            throw e.cause;
        }
        String report = arguments.text("report", null);
        Path written = null;
        if (report != null) {
            try {
                written = HtmlReport.write(Path.of(report), model, law, seed, outcomes);
            } catch (IOException e) {
                throw new UsageException("cannot write the report to " + report + ": " + e.getMessage());
            }
        }
        out.println(arguments.flag("json") ? json(model, law, seed, outcomes, written) : text(model, law, seed,
                outcomes, written));
        return outcomes.stream().anyMatch(o -> !o.result().passed()) ? VIOLATED : Main.OK;
    }

    /** Progress on an interactive terminal only; honours Ctrl-C between trials. */
    private static void progress(String flow, int done, long tries, Cancellation cancellation) {
        if (cancellation.isCancelled()) {
            throw new Interrupted(new CancelledException("check cancelled after " + done + " trials under " + flow));
        }
        if (System.console() != null && (done % 10 == 0 || done == tries)) {
            System.err.printf("\r  %s: %d/%d trials", flow, done, tries);
            if (done == tries) {
                System.err.println();
            }
        }
    }

    private static String text(Model model, String law, long seed, List<FlowOutcome> outcomes, Path report) {
        StringBuilder text = new StringBuilder();
        text.append(law).append(" on ").append(model.name()).append(" (seed ").append(seed).append(")\n");
        TextTable table = new TextTable("flow", "verdict", "trials", "discarded", "drift of plotted trial");
        for (FlowOutcome o : outcomes) {
            table.add(o.flow().spec(), o.verdict(), String.valueOf(o.result().tries()),
                    String.valueOf(o.result().discards()), String.format(Locale.ROOT, "%.3g", o.trace().maxDrift()));
        }
        text.append(table);
        for (FlowOutcome o : outcomes) {
            o.result().failure().ifPresent(c -> text.append("\nunder ").append(o.flow().spec()).append(": ")
                    .append(LawCheck.report(o.result(), c)));
            o.study().ifPresent(s -> text.append(String.format(Locale.ROOT,
                    "%s under %s: drift ~ step^%.2f over %d iterations%n", s.optimiser(), o.flow().spec(), s.slope(),
                    s.iterations())));
        }
        if (report != null) {
            text.append("report: ").append(report).append('\n');
        }
        return text.toString().stripTrailing();
    }

    private static Json json(Model model, String law, long seed, List<FlowOutcome> outcomes, Path report) {
        List<Json> flows = new ArrayList<>();
        for (FlowOutcome o : outcomes) {
            Json flow = new Json().put("flow", o.flow().spec()).put("verdict", o.verdict())
                    .put("trials", o.result().tries()).put("discarded", o.result().discards())
                    .put("plottedTrialDrift", o.trace().maxDrift()).put("statistics", o.result().statistics().counts())
                    .put("discardReasons", o.result().statistics().discards());
            o.result().failure().ifPresent(c -> flow.put("counterexample", new Json().put("seed", c.seed())
                    .put("message", c.failure().getMessage()).put("model", c.shrunk().model().name())
                    .put("case", c.shrunk().describe())));
            o.study().ifPresent(s -> flow.put("optimiser", new Json().put("name", s.optimiser())
                    .put("slope", s.slope()).put("iterations", s.iterations())));
            flows.add(flow);
        }
        return new Json().put("model", model.name()).put("law", law).put("seed", seed).put("flows", flows)
                .put("report", report == null ? null : report.toString());
    }

    /** Carries a cancellation out of the progress callback. */
    private static final class Interrupted extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final CancelledException cause;

        Interrupted(CancelledException cause) {
            super(cause.getMessage(), cause, false, false);
            this.cause = cause;
        }
    }
}
