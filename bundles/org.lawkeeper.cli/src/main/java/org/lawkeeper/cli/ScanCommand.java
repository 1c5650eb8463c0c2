package org.lawkeeper.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.lawkeeper.claims.analysis.AnalysisSettings;
import org.lawkeeper.claims.custom.CustomModels;
import org.lawkeeper.claims.custom.ForkedModels;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.count.CountOptions;
import org.lawkeeper.report.CheckOptions;
import org.lawkeeper.report.CheckResult;
import org.lawkeeper.report.ClaimCheck;
import org.lawkeeper.report.ClaimFilter;
import org.lawkeeper.report.FailOn;
import org.lawkeeper.report.SourceTree;
import org.lawkeeper.report.format.ConsoleSummary;
import org.lawkeeper.report.format.HtmlReports;
import org.lawkeeper.report.format.JUnitXml;
import org.lawkeeper.report.format.JsonSummary;
import org.lawkeeper.report.format.SarifLog;

/**
 * {@code scan DIR}: the {@code @Conserves} claims of every Java file under a folder, decided and reported as
 * the Maven plugin's {@code lawkeeper:check} does (the same library), for any source tree.
 */
final class ScanCommand implements Command {
    private static final int DEFAULT_TRIES = 20;
    private static final int DEFAULT_BUDGET_SECONDS = 30;
    private static final double DEFAULT_TOLERANCE = 1e-9;

    @Override
    public String name() {
        return "scan";
    }

    @Override
    public String synopsis() {
        return "check the claims of every Java file under a folder; console, SARIF, JUnit XML, JSON";
    }

    @Override
    public String usage() {
        return """
                usage: ./lawkeeper scan DIR [--sarif FILE [--sarif-conserved]] [--junit FILE] [--report DIR] [--json]
                                            [--fail-on LEVEL] [--tries N] [--time-budget S] [--tolerance T]
                                            [--seed N] [--models GLOBS] [--flows GLOBS] [--classpath PATH]
                                            [--timeout SECONDS]

                  DIR               the folder whose .java files are scanned (hidden folders left out);
                                    reports name files relative to it
                  --sarif FILE      write SARIF 2.1.0 (GitHub code scanning, VS Code, IntelliJ)
                  --sarif-conserved conserved claims are SARIF results too, of kind pass (code scanning
                                    would raise an alert for each)
                  --junit FILE      write JUnit XML, one test case per claim
                  --report DIR      write the harness's HTML report (drift plots) of each violated law into DIR
                  --json            one JSON object on stdout instead of the summary
                  --fail-on LEVEL   never, violated (default), malformed or missing: the findings that make
                                    the exit code %d (see README: failOn)
                  --tries N         random trajectories per drift check (default %d)
                  --time-budget S   seconds per count, search, drift check and custom model (default %d)
                  --tolerance T     relative tolerance of the drift checks' integrator (default %s)
                  --seed N          seed of points, combinations and trials (default %d)
                  --models GLOBS    only classes whose qualified name or model spec matches a glob,
                                    comma-separated, e.g. 'com.example.*,relu:*'
                  --flows GLOBS     only claims under a matching flow, e.g. 'gf,momentum*'
                  --classpath PATH  the compiled classes and libraries of custom ModelDefinition classes
                                    ('%s'-separated); they run in a child JVM
                  --timeout SECONDS give up on the whole scan after this long (exit code 2)
                Scans with JDT's parser and decides every claim exactly, as the Eclipse plug-in and the Maven
                plugin do; violated claims carry the harness's shrunk drift evidence.
                """.formatted(CheckCommand.VIOLATED, DEFAULT_TRIES, DEFAULT_BUDGET_SECONDS, DEFAULT_TOLERANCE,
                CountOptions.DEFAULT_SEED, File.pathSeparator);
    }

    @Override
    public int run(List<String> words, PrintStream out, Cancellation cancellation) throws LawkeeperException {
        Arguments arguments = Arguments.parse(name(), words, Set.of("sarif", "junit", "report", "fail-on", "tries",
                "time-budget", "tolerance", "seed", "models", "flows", "classpath", "timeout"), Set.of("json", "sarif-conserved"));
        Cancellation scoped = AnalysisOptions.timeout(arguments, cancellation);
        Path folder = Path.of(arguments.single("DIR"));
        if (!Files.isDirectory(folder)) {
            throw new UsageException("no folder " + folder);
        }
        FailOn failOn = valid(() -> FailOn.parse(arguments.text("fail-on", FailOn.VIOLATED.id())));
        long tries = arguments.integer("tries", DEFAULT_TRIES);
        double seconds = arguments.positive("time-budget", DEFAULT_BUDGET_SECONDS);
        Duration budget = Duration.ofMillis(Math.round(seconds * 1000));
        double tolerance = arguments.positive("tolerance", DEFAULT_TOLERANCE);
        long seed = arguments.integer("seed", CountOptions.DEFAULT_SEED);
        AnalysisSettings settings = valid(() -> CheckOptions.settings((int) Math.min(tries, Integer.MAX_VALUE), budget,
                tolerance, seed));
        CheckOptions options = new CheckOptions(settings, Limits.DEFAULT, new ClaimFilter(globs(arguments, "models"),
                globs(arguments, "flows")), customModels(arguments, budget, scoped), scoped);
        SourceTree tree = new SourceTree(folder, List.of(folder), StandardCharsets.UTF_8);
        CheckResult result;
        HtmlReports reports;
        try {
            result = ClaimCheck.run(tree, options);
            String report = arguments.text("report", null);
            reports = report == null ? HtmlReports.none() : HtmlReports.write(result, Path.of(report), scoped);
        } catch (IOException e) {
            throw new LawkeeperException(e.getMessage(), e);
        }
        write("sarif", arguments, file -> SarifLog.write(result, reports, file, arguments.flag("sarif-conserved")));
        write("junit", arguments, file -> JUnitXml.write(result, reports, file));
        if (arguments.flag("json")) {
            out.println(JsonSummary.json(result, reports, failOn));
        } else {
            ConsoleSummary.lines(result, reports, failOn).forEach(line -> out.println(line.text()));
        }
        return result.failing(failOn).isEmpty() ? Main.OK : CheckCommand.VIOLATED;
    }

    /** Custom models on {@code --classpath}; without it, a custom model's finding says what is missing. */
    private static CustomModels customModels(Arguments arguments, Duration budget, Cancellation cancellation) {
        String classpath = arguments.text("classpath", null);
        if (classpath == null) {
            return declaration -> {
                throw new LawkeeperException("no class path to run it on (give --classpath)");
            };
        }
        List<Path> entries = Arrays.stream(classpath.split(File.pathSeparator)).filter(e -> !e.isBlank())
                .map(Path::of).toList();
        return ForkedModels.forProject(entries, budget, cancellation, Limits.DEFAULT);
    }

    private static List<String> globs(Arguments arguments, String option) {
        return Arrays.asList(arguments.text(option, "").split(","));
    }

    /** A report written to the file named by {@code option}, when given. */
    private static void write(String option, Arguments arguments, Writer writer) throws LawkeeperException {
        String file = arguments.text(option, null);
        if (file != null) {
            try {
                writer.write(Path.of(file));
            } catch (IOException e) {
                throw new LawkeeperException("cannot write " + file + ": " + e.getMessage(), e);
            }
        }
    }

    /** Writes one report. */
    @FunctionalInterface
    private interface Writer {
        void write(Path file) throws IOException;
    }

    /** A value from the options; one out of range is a usage error. */
    private static <T> T valid(Supplier<T> value) throws UsageException {
        try {
            return value.get();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
