package org.lawkeeper.maven.plugin;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.lawkeeper.claims.analysis.AnalysisSettings;
import org.lawkeeper.claims.custom.ForkedModels;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.CancelledException;
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
import org.lawkeeper.report.format.SarifLog;

/**
 * Decides every {@code @Conserves} claim of the project's sources — the same scanner and analysis as the
 * Eclipse plug-in — and reports them: one console line per claim, {@code lawkeeper.sarif} (SARIF 2.1.0),
 * {@code TEST-lawkeeper.xml} (JUnit XML) and an HTML report with drift plots per violated law, all in
 * {@link #outputDirectory}. Custom {@code ModelDefinition} classes are defined in a child JVM on the project's
 * test class path, within the time budget. The build fails by {@link #failOn}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.TEST,
        threadSafe = true)
public final class CheckMojo extends AbstractMojo {
    static final String SARIF = "lawkeeper.sarif";
    static final String JUNIT = "TEST-lawkeeper.xml";
    static final String REPORTS = "reports";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /**
     * Which findings fail the build: {@code never}; {@code violated} (a claim the exact verifier refutes);
     * {@code malformed} (also flows, laws and model specs that do not parse, custom models that cannot be
     * defined: every error the IDE marks); {@code missing} (anything but a conserved claim: also laws missing
     * from the claims, claims not decided in time, models too large).
     */
    @Parameter(property = "lawkeeper.failOn", defaultValue = "violated")
    private String failOn;

    /** Random trajectories per drift check of a violated claim (the IDE's "trajectories per check"). */
    @Parameter(property = "lawkeeper.tries", defaultValue = "20")
    private int tries;

    /** Time budget in seconds per count, search, drift check and custom model definition. */
    @Parameter(property = "lawkeeper.timeBudget", defaultValue = "30")
    private double timeBudget;

    /** Relative tolerance of the drift checks' integrator. */
    @Parameter(property = "lawkeeper.tolerance", defaultValue = "1e-9")
    private double tolerance;

    /** The seed of random points, combinations and trials; fixed, so that builds are reproducible. */
    @Parameter(property = "lawkeeper.seed", defaultValue = "" + CountOptions.DEFAULT_SEED)
    private long seed;

    /** Skips the check. */
    @Parameter(property = "lawkeeper.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Globs of the {@code @LawModel} classes to check, by qualified class name ({@code com.example.*}) or model
     * spec ({@code relu:*}); all when empty.
     */
    @Parameter(property = "lawkeeper.models")
    private List<String> models = new ArrayList<>();

    /** Globs of the claimed flows to check ({@code gf}, {@code momentum*}); all when empty. */
    @Parameter(property = "lawkeeper.flows")
    private List<String> flows = new ArrayList<>();

    /**
     * Whether conserved claims are SARIF results too (of kind {@code pass}): SARIF viewers list them, but GitHub
     * code scanning raises an alert for every result, so they are left out unless asked for.
     */
    @Parameter(property = "lawkeeper.sarifConserved", defaultValue = "false")
    private boolean sarifConserved;

    /** Where the reports go. */
    @Parameter(property = "lawkeeper.outputDirectory", defaultValue = "${project.build.directory}/lawkeeper")
    private File outputDirectory;

    /** The folders searched for claims; the project's main and test source roots when empty. */
    @Parameter
    private List<File> sourceDirectories = new ArrayList<>();

    /**
     * The folder that reports name files relative to: SARIF consumers such as GitHub code scanning resolve
     * paths against the repository's root, which is usually the top of the build.
     */
    @Parameter(property = "lawkeeper.baseDirectory", defaultValue = "${session.topLevelProject.basedir}")
    private File baseDirectory;

    /** The encoding of the sources. */
    @Parameter(property = "encoding", defaultValue = "${project.build.sourceEncoding}")
    private String encoding;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Lawkeeper: skipped");
            return;
        }
        FailOn level = parameter(() -> FailOn.parse(failOn));
        AnalysisSettings settings = parameter(() -> CheckOptions.settings(tries,
                Duration.ofMillis(Math.round(timeBudget * 1000)), tolerance, seed));
        Cancellation cancellation = Cancellation.none();
        ForkedModels customModels = ForkedModels.forProject(testClasspath(), settings.budget(), cancellation,
                Limits.DEFAULT);
        CheckOptions options = new CheckOptions(settings, Limits.DEFAULT, new ClaimFilter(models, flows), customModels,
                cancellation);
        SourceTree tree = new SourceTree(baseDirectory.toPath(), roots(), charset());
        Path output = outputDirectory.toPath();
        CheckResult result;
        try {
            result = ClaimCheck.run(tree, options);
            HtmlReports reports = HtmlReports.write(result, output.resolve(REPORTS), cancellation);
            SarifLog.write(result, reports, output.resolve(SARIF), sarifConserved);
            JUnitXml.write(result, reports, output.resolve(JUNIT));
            log(ConsoleSummary.lines(result, reports, level));
        } catch (IOException | CancelledException e) {
            throw new MojoExecutionException("Lawkeeper: " + e.getMessage(), e);
        }
        getLog().info("Lawkeeper: SARIF " + tree.name(output.resolve(SARIF)) + ", JUnit XML "
                + tree.name(output.resolve(JUNIT)));
        var failing = result.failing(level);
        if (!failing.isEmpty()) {
            throw new MojoFailureException("Lawkeeper: " + ConsoleSummary.failure(failing, level));
        }
    }

    /** Where custom models find their classes and libraries: the project's compiled classes and test class path. */
    private List<Path> testClasspath() throws MojoExecutionException {
        try {
            return project.getTestClasspathElements().stream().map(Path::of).toList();
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("Lawkeeper: the test class path is not resolved: " + e.getMessage(), e);
        }
    }

    /** The configured source folders, else the project's compile and test source roots. */
    private List<Path> roots() {
        if (!sourceDirectories.isEmpty()) {
            return sourceDirectories.stream().map(File::toPath).toList();
        }
        List<Path> roots = new ArrayList<>();
        project.getCompileSourceRoots().forEach(root -> roots.add(Path.of(root)));
        project.getTestCompileSourceRoots().forEach(root -> roots.add(Path.of(root)));
        return roots;
    }

    private Charset charset() throws MojoExecutionException {
        if (encoding == null || encoding.isBlank()) {
            return Charset.defaultCharset();
        }
        return parameter(() -> {
            try {
                return Charset.forName(encoding);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new IllegalArgumentException("unknown source encoding '" + encoding + "'");
            }
        });
    }

    private void log(List<ConsoleSummary.Line> lines) {
        Log log = getLog();
        for (ConsoleSummary.Line line : lines) {
            switch (line.level()) {
                case ERROR -> log.error(line.text());
                case WARNING -> log.warn(line.text());
                case INFO -> log.info(line.text());
            }
        }
    }

    /** A value computed from the configuration; a value out of range is one line naming it. */
    private static <T> T parameter(Supplier<T> value) throws MojoExecutionException {
        try {
            return value.get();
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Lawkeeper: invalid configuration: " + e.getMessage());
        }
    }
}
