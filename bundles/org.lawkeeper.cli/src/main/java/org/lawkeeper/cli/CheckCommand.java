package org.lawkeeper.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ObjIntConsumer;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.CancelledException;
import org.lawkeeper.core.UncheckedCancellation;
import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelKinds;
import org.lawkeeper.core.model.ModelSpec;
import org.lawkeeper.harness.LawCheck;
import org.lawkeeper.harness.Laws;
import org.lawkeeper.harness.discrete.StepIdentity;
import org.lawkeeper.harness.discrete.StepSizeStudy;
import org.lawkeeper.harness.report.FlowComparison;
import org.lawkeeper.harness.report.FlowOutcome;
import org.lawkeeper.harness.report.HtmlReport;
import org.lawkeeper.harness.report.StepIdentities;

/**
 * {@code check MODEL --flow FLOW[,FLOW…] --law EXPR [--control EXPR]}: tries hard to break a claimed law on random
 * dynamics, guarded by negative controls, and checks the exact identities of discrete steps where there are some.
 */
final class CheckCommand implements Command {
    private static final long DEFAULT_SEED = 1;
    /** Exit code when some flow violates the law, so that scripts can tell it from success and from errors. */
    static final int VIOLATED = 3;
    /**
     * Exit code when no flow violates the law but the check proved nothing under some flow: a negative control did
     * not move, or no trial could be judged (every one discarded).
     */
    static final int VACUOUS = 4;

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
                                         [--control EXPR] [--json] [--report DIR] [--timeout SECONDS]
                                         [--max-dimension N]

                  MODEL         %s
                  FLOW          %s (default gf);
                                several, comma-separated, are compared side by side
                  --law EXPR    the claimed law in the law language, e.g. 'U1^T*U1 - U2*U2^T'
                  --tries N     random trials per flow (default 200)
                  --seed N      seed of the trials (default %d); a counterexample replays with its own seed
                  --control EXPR a quantity that must NOT be conserved, e.g. 'norm2(W1)' (the loss always is one)
                  --json        one JSON object on stdout
                  --report DIR  write DIR/index.html with drift plots (SVG) per flow; an index.html there that
                                is not a Lawkeeper report is never overwritten
                  --timeout SECONDS give up after this long (exit code 2)
                  --max-dimension N refuse state dimensions above N (default %d)
                Each trial integrates the flow (Dormand–Prince 8(5,3)) from a random state with a random loss
                and judges the drift of the law against the integrator's error estimate; trajectories that
                diverge or turn stiff are discarded, never counted as violations. A negative control must
                move clearly on at least %.0f %% of the trials, else the run is VACUOUS. Under gradient flows a
                law that is a linear or quadratic form of θ is also checked as an exact identity of discrete
                steps, to rounding. A trial whose law grows so much that no violation could show is discarded
                as diverged. Exit code %d when the law is violated under some flow, %d when a run proved nothing
                (vacuous, or no verdict: every trial discarded).
                """.formatted(ModelKinds.examples(), FlowSpec.KNOWN, DEFAULT_SEED, Limits.DEFAULT.maxStateDimension(),
                Laws.CONTROL_COVERAGE, VIOLATED, VACUOUS);
    }

    @Override
    public int run(List<String> words, PrintStream out, Cancellation cancellation) throws LawkeeperException {
        Arguments arguments = Arguments.parse(name(), words,
                Set.of("flow", "law", "tries", "seed", "report", "control", "timeout", "max-dimension"), Set.of("json"));
        Cancellation scoped = AnalysisOptions.timeout(arguments, cancellation);
        Model model = ModelSpec.parse(arguments.single("MODEL")).build(AnalysisOptions.limits(arguments));
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
        String control = arguments.text("control", null);
        String report = arguments.text("report", null);
        if (report != null && report.isBlank()) {
            throw new UsageException("--report needs a directory, got an empty path");
        }
        List<FlowOutcome> outcomes;
        TrialProgress progress = new TrialProgress(tries);
        try {
            outcomes = FlowComparison.run(model, flows, law, control == null ? List.of() : List.of(control), (int) tries,
                    seed, progress, scoped);
        } catch (UncheckedCancellation e) {
            throw new CancelledException("check stopped (" + e.getMessage() + ") after " + progress.done
                    + " trials under " + progress.flow);
        }
        // the verdict is printed whether or not the report can be written: it cost the whole run
        ReportFile written = report == null ? null : ReportFile.write(report, model, law, seed, outcomes);
        out.println(arguments.flag("json") ? json(model, law, seed, tries, outcomes, written)
                : text(model, law, seed, tries, outcomes, written));
        if (outcomes.stream().anyMatch(o -> o.verdict().equals(FlowOutcome.VIOLATED))) {
            return VIOLATED;
        }
        return outcomes.stream().allMatch(FlowOutcome::passed) ? Main.OK : VACUOUS;
    }

    /** Where the report went, or why it could not be written. */
    record ReportFile(Path path, String problem) {

        static ReportFile write(String directory, Model model, String law, long seed, List<FlowOutcome> outcomes) {
            try {
                return new ReportFile(HtmlReport.write(Path.of(directory), model, law, seed, outcomes), null);
            } catch (IOException | InvalidPathException e) {
                return new ReportFile(null, "report not written to " + directory + ": " + reason(e));
            }
        }

        /** A file system error in words: its reason, or its kind when it has none (its message is just the path). */
        private static String reason(Exception e) {
            if (e instanceof FileSystemException f && f.getReason() == null) {
                return f.getFile() + ": " + f.getClass().getSimpleName().replace("Exception", "")
                        .replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
            }
            return e.getMessage();
        }

        String line() {
            return path != null ? "report: " + path : problem;
        }
    }

    /**
     * Progress on an interactive terminal only, and where a cancelled run stopped (Ctrl-C and --timeout reach the
     * trials themselves, through the cancellation the comparison polls at every integration step).
     */
    private static final class TrialProgress implements ObjIntConsumer<String> {
        private final long tries;
        private String flow = "the first flow";
        private int done;

        TrialProgress(long tries) {
            this.tries = tries;
        }

        @Override
        public void accept(String flowSpec, int judged) {
            flow = flowSpec;
            done = judged;
            if (System.console() != null && (judged % 10 == 0 || judged == tries)) {
                System.err.printf("\r  %s: %d/%d trials", flowSpec, judged, tries);
                if (judged == tries) {
                    System.err.println();
                }
            }
        }
    }

    /** The verdicts as text: the table, then per flow what qualifies its verdict, then where the report went. */
    static String text(Model model, String law, long seed, long tries, List<FlowOutcome> outcomes,
            ReportFile report) {
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
            o.vacuous().forEach(problem -> text.append("under ").append(o.flow().spec()).append(", vacuous: ")
                    .append(problem).append('\n'));
            o.noVerdict().ifPresent(why -> text.append("under ").append(o.flow().spec()).append(", no verdict: ")
                    .append(why).append('\n'));
            o.stoppedEarly().ifPresent(why -> text.append("under ").append(o.flow().spec())
                    .append(String.format(Locale.ROOT, ": stopped early after %d of %d tries (%s)%n",
                            o.result().tries(), tries, why)));
            o.study().ifPresent(s -> text.append(study(o.flow().spec(), s)));
            o.identities().ifPresent(identities -> text.append(identities(o.flow().spec(), identities)));
        }
        if (report != null) {
            text.append(report.line()).append('\n');
        }
        return text.toString().stripTrailing();
    }

    /** How the optimiser's drift scales with its step, or why it has no slope. */
    private static String study(String flow, StepSizeStudy.Result s) {
        String scaling = s.discard().map(d -> "no slope, " + d).orElse(Double.isFinite(s.slope())
                ? String.format(Locale.ROOT, "drift ~ step^%.2f", s.slope()) : "no drift at any step size");
        return String.format(Locale.ROOT, "%s under %s: %s over %d iterations%n", s.optimiser(), flow, scaling,
                s.iterations());
    }

    /** The identity, then one row per optimiser: runs, broken runs, the worst residual against its bound. */
    private static String identities(String flow, StepIdentities identities) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "%nexact identity of discrete steps under %s: %s (η = %s, %d steps per trial)%n", flow,
                identities.identity(), identities.step(), identities.steps()));
        TextTable table = new TextTable("optimiser", "runs", "broken", "worst residual", "rounding bound", "verdict")
                .alignLeft(5);
        for (StepIdentity.Summary s : identities.optimisers()) {
            table.add(s.optimiser(), String.valueOf(s.trials()), String.valueOf(s.broken()),
                    String.format(Locale.ROOT, "%.2g", s.residual()), String.format(Locale.ROOT, "%.2g", s.bound()),
                    s.holds() ? "holds to rounding" : s.trials() == 0 ? "no run completed" : "BROKEN");
        }
        return text.append(table.toString().stripTrailing()).append('\n').toString();
    }

    static Json json(Model model, String law, long seed, long tries, List<FlowOutcome> outcomes,
            ReportFile report) {
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
            flow.put("vacuous", o.vacuous()).put("noVerdict", o.noVerdict().orElse(null))
                    .put("stoppedEarly", o.stoppedEarly().orElse(null));
            o.identities().ifPresent(identities -> flow.put("identity", new Json().put("formula", identities.identity())
                    .put("step", identities.step()).put("steps", identities.steps())
                    .put("optimisers", identities.optimisers().stream().map(s -> new Json().put("name", s.optimiser())
                            .put("runs", s.trials()).put("broken", s.broken()).put("residual", s.residual())
                            .put("roundingBound", s.bound()).put("holds", s.holds())).toList())));
            flows.add(flow);
        }
        return new Json().put("model", model.name()).put("law", law).put("seed", seed).put("tries", tries)
                .put("flows", flows).put("report", report == null || report.path() == null ? null : report.path().toString())
                .put("reportProblem", report == null ? null : report.problem());
    }
}
