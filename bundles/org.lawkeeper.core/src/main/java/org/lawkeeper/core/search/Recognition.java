package org.lawkeeper.core.search;

import java.util.List;

/**
 * The laws of a model and flow grouped into known families.
 *
 * @param families    the families that hold, each verified exactly, in the order they were recognised
 * @param outside     laws found by the search that no family explains
 * @param independent the number of independent laws among the families and the search's laws together
 */
public record Recognition(List<LawFamily> families, List<FoundLaw> outside, int independent) {

    public Recognition {
        families = List.copyOf(families);
        outside = List.copyOf(outside);
    }
}
