package org.lawkeeper.report.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.lawkeeper.claims.findings.Finding;
import org.lawkeeper.claims.findings.Finding.Kind;
import org.lawkeeper.report.CheckResult;
import org.lawkeeper.report.CheckResult.Located;
import org.lawkeeper.report.FailOn;

/**
 * What a build log and {@code ./lawkeeper scan} print: a headline with the counts, one line per claim
 * ({@code file:line  verdict  law  flow}), one per model that could not be analysed and per flow with missing
 * laws, the message of everything not conserved indented below its line, and the verdict of the fail-on
 * policy last.
 */
public final class ConsoleSummary {
    private static final String INDENT = "    ";

    /** How loud a line is: a build logs it at this level. */
    public enum Level {
        INFO, WARNING,
        /** The line of a finding that fails the check, and the closing line of a failed check. */
        ERROR
    }

    /**
     * One line of the summary.
     *
     * @param level how loud it is
     * @param text  the line, without a line break
     */
    public record Line(Level level, String text) {
    }

    private ConsoleSummary() {
    }

    /** The summary of {@code result}, naming the {@code reports} of violated claims, judged at {@code failOn}. */
    public static List<Line> lines(CheckResult result, HtmlReports reports, FailOn failOn) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(Level.INFO, headline(result)));
        long skipped = result.skipped().count();
        if (result.filter().restricts()) {
            lines.add(new Line(Level.INFO, "only " + result.filter() + ": " + skipped + " claim" + plural(skipped)
                    + " left out"));
        }
        List<Located> findings = result.findings().toList();
        int place = findings.stream().mapToInt(f -> place(f).length()).max().orElse(0);
        int verdict = findings.stream().mapToInt(f -> verdict(f.finding().kind()).length()).max().orElse(0);
        int law = findings.stream().mapToInt(f -> f.finding().law().orElse("").length()).max().orElse(0);
        for (Located located : findings) {
            Finding finding = located.finding();
            Level level = failOn.fails(finding) ? Level.ERROR
                    : finding.severity() == Finding.Severity.ERROR || finding.severity() == Finding.Severity.WARNING
                            ? Level.WARNING : Level.INFO;
            String columns = finding.law().isPresent()
                    ? pad(finding.law().get(), law) + "  " + finding.flow().orElse("?")
                    : finding.message();
            lines.add(new Line(level, (pad(place(located), place) + "  " + pad(verdict(finding.kind()), verdict) + "  "
                    + columns).stripTrailing()));
            if (finding.law().isPresent() && finding.kind() != Kind.CONSERVED) {
                lines.add(new Line(level, INDENT + finding.message()));
            }
            if (finding.kind() == Kind.INCOMPLETE) {
                finding.laws().forEach(missing -> lines.add(new Line(level,
                        INDENT + "missing: " + missing.expression())));
            }
            reports.of(finding).ifPresent(page -> lines.add(new Line(level,
                    INDENT + "report: " + result.tree().name(page))));
        }
        lines.add(closing(result, failOn));
        return lines;
    }

    /** One line for a failed check, e.g. {@code 1 finding fails the check (fail on violated): Deep.java:9 violated}. */
    public static String failure(List<Located> failing, FailOn failOn) {
        return failing.size() + " finding" + plural(failing.size()) + (failing.size() == 1 ? " fails" : " fail")
                + " the check (fail on " + failOn.id() + "): " + failing.stream()
                        .map(f -> place(f) + " " + verdict(f.finding().kind())).collect(Collectors.joining(", "));
    }

    private static Line closing(CheckResult result, FailOn failOn) {
        List<Located> failing = result.failing(failOn);
        return failing.isEmpty()
                ? new Line(Level.INFO, "no finding fails the check (fail on " + failOn.id() + ")")
                : new Line(Level.ERROR, failure(failing, failOn));
    }

    private static String headline(CheckResult result) {
        long claims = Arrays.stream(Kind.values()).filter(ConsoleSummary::isClaim).mapToLong(result::count).sum();
        String counts = Arrays.stream(Kind.values()).filter(k -> result.count(k) > 0)
                .map(k -> counted(k, result.count(k))).collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "Lawkeeper: %d claim%s in %d class%s (%d Java file%s, %.1f s)%s", claims,
                plural(claims), result.declarations(), result.declarations() == 1 ? "" : "es", result.scanned(),
                plural(result.scanned()), result.elapsed().toMillis() / 1000.0, counts.isEmpty() ? "" : ": " + counts);
    }

    private static boolean isClaim(Kind kind) {
        return kind != Kind.MODEL && kind != Kind.INCOMPLETE;
    }

    /** E.g. {@code 2 violated}, {@code 1 flow with missing laws}. */
    private static String counted(Kind kind, long n) {
        return n + switch (kind) {
            case MODEL -> " model" + plural(n) + " not analysed";
            case INCOMPLETE -> " flow" + plural(n) + " with missing laws";
            default -> " " + kind.id();
        };
    }

    /** The word for a kind of finding in the verdict column. */
    private static String verdict(Kind kind) {
        return switch (kind) {
            case INCOMPLETE -> "missing laws";
            case MODEL -> "model";
            default -> kind.id();
        };
    }

    private static String place(Located located) {
        return located.file().name() + ":" + located.finding().location().line();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    private static String plural(long n) {
        return n == 1 ? "" : "s";
    }
}
