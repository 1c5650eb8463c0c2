package org.lawkeeper.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.lawkeeper.claims.analysis.AnalysisCache;
import org.lawkeeper.claims.analysis.DeclarationAnalyzer;
import org.lawkeeper.claims.analysis.DeclarationResult;
import org.lawkeeper.claims.findings.Findings;
import org.lawkeeper.claims.scan.Claim;
import org.lawkeeper.claims.scan.Declaration;
import org.lawkeeper.claims.scan.DeclarationScanner;
import org.lawkeeper.core.CancelledException;

/**
 * Checks every claim of a source tree with the claims library, as the IDE's builder does file by file: JDT's
 * parser finds the declarations (no user code runs, except custom models in their child JVM), the
 * {@link DeclarationAnalyzer} decides them, {@link Findings} says what to report.
 */
public final class ClaimCheck {
    private ClaimCheck() {
    }

    /**
     * Checks the claims under {@code tree}'s roots.
     *
     * @throws IOException         when a source cannot be read
     * @throws CancelledException  when the options' cancellation is raised
     */
    public static CheckResult run(SourceTree tree, CheckOptions options) throws IOException, CancelledException {
        long start = System.nanoTime();
        DeclarationAnalyzer analyzer = new DeclarationAnalyzer(new AnalysisCache(), options.settings(),
                options.cancellation(), options.customModels(), options.limits());
        List<Path> sources = tree.javaFiles();
        List<CheckedFile> files = new ArrayList<>();
        for (Path file : sources) {
            options.cancellation().check();
            String source = tree.read(file);
            List<Declaration> declarations = DeclarationScanner.scan(source);
            if (!declarations.isEmpty()) {
                files.add(check(tree.name(file), source, declarations, analyzer, options.filter()));
            }
        }
        return new CheckResult(tree, options.settings(), options.filter(), sources.size(), files,
                Duration.ofNanos(System.nanoTime() - start));
    }

    private static CheckedFile check(String name, String source, List<Declaration> declarations,
            DeclarationAnalyzer analyzer, ClaimFilter filter) throws CancelledException {
        List<DeclarationResult> results = new ArrayList<>();
        List<SkippedClaim> skipped = new ArrayList<>();
        for (Declaration declaration : declarations) {
            List<Claim> kept = declaration.claims().stream().filter(filter::includes).toList();
            // a class whose every claim is left out is not analysed at all (a custom model would run for nothing)
            boolean analysed = filter.includes(declaration) && (!kept.isEmpty() || declaration.claims().isEmpty());
            declaration.claims().stream().filter(claim -> !analysed || !kept.contains(claim))
                    .forEach(claim -> skipped.add(new SkippedClaim(declaration.binaryName(), claim)));
            if (analysed) {
                results.add(analyzer.analyse(declaration.withClaims(kept)));
            }
        }
        return new CheckedFile(name, source, results, Findings.of(source, results), skipped);
    }
}
