package org.lawkeeper.report;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.lawkeeper.claims.analysis.AnalysisSettings;
import org.lawkeeper.claims.findings.Finding;
import org.lawkeeper.claims.findings.Finding.Kind;

/**
 * A checked source tree.
 *
 * @param tree     where the sources are
 * @param settings how claims were decided
 * @param filter   which claims were decided
 * @param scanned  how many Java files were read
 * @param files    the files with {@code @LawModel} classes, in path order
 * @param elapsed  how long the check took
 */
public record CheckResult(SourceTree tree, AnalysisSettings settings, ClaimFilter filter, int scanned,
        List<CheckedFile> files, Duration elapsed) {

    public CheckResult {
        files = List.copyOf(files);
    }

    /**
     * A finding with its file.
     *
     * @param file    where it stands
     * @param finding what it says
     */
    public record Located(CheckedFile file, Finding finding) {
    }

    /** Every finding, file by file in source order. */
    public Stream<Located> findings() {
        return files.stream().flatMap(file -> file.findings().stream().map(finding -> new Located(file, finding)));
    }

    /** The number of findings of {@code kind}. */
    public long count(Kind kind) {
        return findings().filter(f -> f.finding().kind() == kind).count();
    }

    /** The findings that fail the check at {@code level}. */
    public List<Located> failing(FailOn level) {
        return findings().filter(f -> level.fails(f.finding())).toList();
    }

    /** The claims the filter left out. */
    public Stream<SkippedClaim> skipped() {
        return files.stream().flatMap(file -> file.skipped().stream());
    }

    /** The number of {@code @LawModel} classes checked. */
    public int declarations() {
        return files.stream().mapToInt(file -> file.results().size()).sum();
    }
}
