package org.lawkeeper.claims.analysis;

import java.util.List;
import org.lawkeeper.core.analysis.HoldingLaw;

/**
 * What holds under one claimed flow.
 *
 * @param flow        the flow spec as claimed
 * @param count       the number of independent laws, or -1 when it could not be computed
 * @param certificate how the count was obtained, or why it was not
 * @param claimed     the number of independent laws among the conserved claims under this flow
 * @param laws        verified laws of this model under this flow
 * @param missing     those of {@code laws} that are independent of the conserved claims (and of each
 *                    other): what "add the missing laws" inserts
 */
public record FlowResult(String flow, int count, String certificate, int claimed, List<HoldingLaw> laws,
        List<HoldingLaw> missing) {

    public FlowResult {
        laws = List.copyOf(laws);
        missing = List.copyOf(missing);
    }

    /** Whether laws exist beyond the claimed ones. */
    public boolean incomplete() {
        return count > claimed;
    }
}
