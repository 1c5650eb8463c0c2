package org.lawkeeper.report;

import java.util.List;
import org.lawkeeper.claims.analysis.DeclarationResult;
import org.lawkeeper.claims.findings.Finding;

/**
 * One source file with {@code @LawModel} classes, checked.
 *
 * @param name     the file as reports name it ({@link SourceTree#name})
 * @param source   its text, as analysed: locations and fixes refer to it
 * @param results  the analysis of each declaration
 * @param findings what the analysis has to say, in source order
 * @param skipped  the claims the filter left out
 */
public record CheckedFile(String name, String source, List<DeclarationResult> results, List<Finding> findings,
        List<SkippedClaim> skipped) {

    public CheckedFile {
        results = List.copyOf(results);
        findings = List.copyOf(findings);
        skipped = List.copyOf(skipped);
    }
}
