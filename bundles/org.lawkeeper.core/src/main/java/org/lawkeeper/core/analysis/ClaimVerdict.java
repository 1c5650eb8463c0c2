package org.lawkeeper.core.analysis;

import java.util.Optional;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.law.Law;
import org.lawkeeper.core.verify.Verification;

/**
 * What the analysis says about one claim "this model conserves this law under this flow".
 *
 * @param status       the verdict
 * @param flow         the claimed flow, when it parsed
 * @param law          the claimed law, when it parsed for the model and flow
 * @param verification the exact verification, when it ran
 * @param problem      why the claim is malformed or unchecked, in one line; empty otherwise
 * @param column       for a malformed law, the 1-based column of the problem in the law's text; else 0
 */
public record ClaimVerdict(ClaimStatus status, Optional<Flow> flow, Optional<Law> law,
        Optional<Verification> verification, String problem, int column) {

    /** The number of independent scalar laws a conserved claim stands for; 0 otherwise. */
    public int entries() {
        return status == ClaimStatus.CONSERVED ? verification.map(Verification::entries).orElse(0) : 0;
    }

    static ClaimVerdict malformed(Optional<Flow> flow, String problem, int column) {
        return new ClaimVerdict(ClaimStatus.MALFORMED, flow, Optional.empty(), Optional.empty(), problem, column);
    }

    static ClaimVerdict unchecked(Flow flow, Law law, String problem) {
        return new ClaimVerdict(ClaimStatus.UNCHECKED, Optional.of(flow), Optional.of(law), Optional.empty(), problem, 0);
    }

    static ClaimVerdict decided(Flow flow, Law law, Verification verification) {
        return new ClaimVerdict(verification.conserved() ? ClaimStatus.CONSERVED : ClaimStatus.VIOLATED,
                Optional.of(flow), Optional.of(law), Optional.of(verification), "", 0);
    }
}
