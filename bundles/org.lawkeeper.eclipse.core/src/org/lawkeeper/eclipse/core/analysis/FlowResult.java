package org.lawkeeper.eclipse.core.analysis;

import java.util.List;

/**
 * What holds under one claimed flow.
 *
 * @param flow        the flow spec as claimed
 * @param count       the number of independent laws, or -1 when it could not be computed
 * @param certificate how the count was obtained, or why it was not
 * @param claimed     the independent entries of the conserved claims under this flow
 * @param laws        verified laws of this model under this flow, in the law language
 */
public record FlowResult(String flow, int count, String certificate, int claimed, List<String> laws) {

    public FlowResult {
        laws = List.copyOf(laws);
    }

    /** The same result for claims whose conserved entries number {@code entries}. */
    public FlowResult withClaimed(int entries) {
        return new FlowResult(flow, count, certificate, entries, laws);
    }

    /** Whether laws exist beyond the claimed ones. */
    public boolean incomplete() {
        return count > claimed;
    }
}
