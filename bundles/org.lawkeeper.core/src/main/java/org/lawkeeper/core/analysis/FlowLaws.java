package org.lawkeeper.core.analysis;

import java.util.List;
import org.lawkeeper.core.flow.Flow;

/**
 * What holds under one flow: the count and the laws found and certified against it.
 *
 * @param flow        the flow
 * @param count       the number of independent laws, or -1 when it could not be computed
 * @param certificate how the count was obtained and how far the laws found cover it, in one line
 * @param laws        verified laws, independent of each other: the known families first, then the laws
 *                    outside every family
 */
public record FlowLaws(Flow flow, int count, String certificate, List<HoldingLaw> laws) {

    public FlowLaws {
        laws = List.copyOf(laws);
    }
}
