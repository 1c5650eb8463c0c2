package org.lawkeeper.claims.findings;

import java.util.List;
import java.util.Optional;
import org.lawkeeper.core.analysis.HoldingLaw;

/**
 * One thing the analysis of a source file has to say, at one place: what an Eclipse marker, a SARIF
 * result and a line of a build's console all show.
 *
 * @param kind     what it is about
 * @param severity how serious it is
 * @param location where it stands in the source
 * @param message  one line
 * @param details  the message, the certificate of the flow's count and the laws that hold, for hovers
 * @param type     the binary name of the {@code @LawModel} class
 * @param model    the model's name as analysed
 * @param flow     the claimed flow as written, for claim findings
 * @param law      the claimed law as written, for claim findings
 * @param laws     the laws a fix would write: for a violated claim those that hold beyond the conserved
 *                 claims, for an incomplete flow those missing; empty otherwise
 */
public record Finding(Kind kind, Severity severity, Location location, String message, String details,
        String type, String model, Optional<String> flow, Optional<String> law, List<HoldingLaw> laws) {

    public Finding {
        laws = List.copyOf(laws);
    }

    /** What a finding is about. */
    public enum Kind {
        /** A claim verified exactly. */
        CONSERVED,
        /** A claim refuted exactly. */
        VIOLATED,
        /** A claim whose flow or law does not parse. */
        MALFORMED,
        /** A claim that could not be decided. */
        UNCHECKED,
        /** A model that could not be analysed. */
        MODEL,
        /** Laws hold beyond the claims under a flow. */
        INCOMPLETE;

        /** The kind's id in reports, e.g. {@code violated}. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** How serious a finding is. */
    public enum Severity {
        ERROR, WARNING, INFO,
        /** Good news: a conserved claim. */
        NONE
    }

    /**
     * A range of the source.
     *
     * @param line   the 1-based line of its start
     * @param start  the offset of its first character
     * @param length its length in characters
     */
    public record Location(int line, int start, int length) {
    }

    /** Whether a fix applies: {@code REPLACE}/{@code REMOVE} for violated claims, {@code ADD} for incomplete ones. */
    public boolean fixable(ClaimFixes.Action action) {
        return switch (action) {
            case REPLACE -> kind == Kind.VIOLATED && !laws.isEmpty();
            case REMOVE -> kind == Kind.VIOLATED;
            case ADD -> kind == Kind.INCOMPLETE && !laws.isEmpty();
        };
    }
}
