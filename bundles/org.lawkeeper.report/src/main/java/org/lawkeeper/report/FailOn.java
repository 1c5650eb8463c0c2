package org.lawkeeper.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.lawkeeper.claims.findings.Finding;
import org.lawkeeper.claims.findings.Finding.Kind;
import org.lawkeeper.claims.findings.Finding.Severity;

/** Which findings fail a build (or make {@code ./lawkeeper scan} exit with 3); each level includes the one before. */
public enum FailOn {
    /** Nothing fails: the check only reports. */
    NEVER,
    /** A claim the exact verifier refutes (the default). */
    VIOLATED,
    /**
     * Every error, as the IDE marks them: violated claims, flows and laws that do not parse (or are no string
     * literals), model specs that do not parse, custom models that cannot be defined, analyses that crash.
     */
    MALFORMED,
    /**
     * Anything but a conserved claim: also laws that hold beyond the claims ("missing laws"), claims not decided
     * within the time budget or limits, models too large to analyse.
     */
    MISSING;

    /** Whether {@code finding} fails the check at this level. */
    public boolean fails(Finding finding) {
        return switch (this) {
            case NEVER -> false;
            case VIOLATED -> finding.kind() == Kind.VIOLATED;
            case MALFORMED -> finding.severity() == Severity.ERROR;
            case MISSING -> finding.kind() != Kind.CONSERVED;
        };
    }

    /** The level's name in configurations, e.g. {@code violated}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The level named {@code text} (any case). */
    public static FailOn parse(String text) {
        return Arrays.stream(values()).filter(level -> level.id().equalsIgnoreCase(text.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("fail-on level must be one of "
                        + Arrays.stream(values()).map(FailOn::id).collect(Collectors.joining(", ")) + ", not '" + text
                        + "'"));
    }
}
