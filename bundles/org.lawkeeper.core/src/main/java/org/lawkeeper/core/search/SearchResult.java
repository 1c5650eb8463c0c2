package org.lawkeeper.core.search;

import java.util.List;
import org.lawkeeper.core.count.CountResult;

/**
 * The explicit laws found for a model and flow, with their certificate: the exact count is an upper
 * bound on the number of independent laws, the verified independent laws found a lower bound.
 *
 * @param count       the exact count (upper bound)
 * @param laws        independent polynomial laws found by the search, each verified exactly
 * @param recognition the laws grouped into known families; its independent laws, all verified exactly,
 *                    are the lower bound
 * @param degree      the highest degree searched
 * @param skipped     blocks of unknowns of the last degree left out because they exceed the size limit
 * @param scope       what was searched and how the laws were verified, in words
 * @param seconds     wall-clock time, counting included
 */
public record SearchResult(CountResult count, List<FoundLaw> laws, Recognition recognition, int degree,
        List<String> skipped, SearchScope scope, double seconds) {

    public SearchResult {
        laws = List.copyOf(laws);
        skipped = List.copyOf(skipped);
    }

    /** Whether every polynomial of degree ≤ {@link #degree()} was searched: no block was skipped. */
    public boolean exhaustive() {
        return skipped.isEmpty();
    }

    /** Whether the laws found are all the laws there are: as many independent ones as counted. */
    public boolean complete() {
        return recognition.independent() == count.count();
    }

    /** The certificate in one line. */
    public String certificate() {
        int found = recognition.independent();
        String bounds = found + " independent polynomial " + (found == 1 ? "law" : "laws")
                + " verified " + scope.verification() + ", " + count.summary();
        if (complete()) {
            return "complete: " + bounds;
        }
        int gap = count.count() - found;
        String searched = exhaustive() ? scope.candidates() + " was searched"
                : scope.candidates() + " was searched except " + skipped.size() + " block(s) above the size limit";
        return "incomplete: " + bounds + "; " + gap + (gap == 1 ? " law is" : " laws are") + " missing: " + searched
                + (exhaustive() ? ", so they " + scope.beyond() + " or are not polynomial"
                        : ", so they lie in a skipped block, " + scope.beyond() + " or are not polynomial");
    }
}
