package org.lawkeeper.eclipse.core.analysis;

import java.util.List;

/**
 * What holds under one claimed flow.
 *
 * @param flow        the flow spec as claimed
 * @param count       the number of independent laws, or -1 when it could not be computed
 * @param certificate how the count was obtained, or why it was not
 * @param claimed     the number of independent laws among the conserved claims under this flow
 * @param laws        verified laws of this model under this flow, in the law language
 * @param missing     those of {@code laws} that are independent of the conserved claims (and of each
 *                    other): what "add the missing laws" inserts
 */
public record FlowResult(String flow, int count, String certificate, int claimed, List<String> laws,
        List<String> missing) {

    public FlowResult {
        laws = List.copyOf(laws);
        missing = List.copyOf(missing);
    }

    /** A result before it is compared with the claims. */
    public FlowResult(String flow, int count, String certificate, List<String> laws) {
        this(flow, count, certificate, 0, laws, List.of());
    }

    /** The same result compared with claims that hold {@code independent} laws and miss {@code laws}. */
    public FlowResult withClaims(int independent, List<String> absent) {
        return new FlowResult(flow, count, certificate, independent, laws, absent);
    }

    /** Whether laws exist beyond the claimed ones. */
    public boolean incomplete() {
        return count > claimed;
    }
}
