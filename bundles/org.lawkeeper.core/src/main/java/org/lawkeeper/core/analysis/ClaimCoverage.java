package org.lawkeeper.core.analysis;

import java.util.List;

/**
 * How far the conserved claims under a flow cover the laws that hold.
 *
 * @param claimed the number of independent laws among the conserved claims
 * @param missing laws that hold and are independent of the claims and of each other: what "add the
 *                missing laws" inserts
 */
public record ClaimCoverage(int claimed, List<HoldingLaw> missing) {

    public ClaimCoverage {
        missing = List.copyOf(missing);
    }
}
