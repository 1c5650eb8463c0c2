package org.lawkeeper.core.count;

import java.util.List;
import java.util.Optional;

/**
 * The number of independent conservation laws of a model under a flow, with how it was obtained.
 *
 * @param model            the model's name
 * @param flow             the flow's canonical spec
 * @param stateDimension   dimension of the state space (D, or 2D+1 with momentum)
 * @param rank             dimension of the generated Lie algebra at the random point
 * @param count            stateDimension − rank, the number of independent laws
 * @param exact            whether ranks were computed exactly over F_p
 * @param blocks           the independent blocks of state variables whose ranks were added, small ones counted
 *                         together (docs/ALGORITHMS.md §3.7); 1 when the fields were counted as a whole
 * @param depth            the deepest bracket level that raised the rank (1 = the fields themselves)
 * @param fieldsEvaluated  single-field evaluations at jet points, all runs together
 * @param brackets         iterated brackets sampled, all runs together
 * @param seed             the seed that reproduces the run
 * @param primes           the primes used (empty in floating point)
 * @param agreement        floating point only: the tolerances and seeds that agreed on the rank
 * @param seconds          wall-clock time
 */
public record CountResult(String model, String flow, int stateDimension, int rank, int count, boolean exact,
        int blocks, int depth, long fieldsEvaluated, long brackets, long seed, List<Long> primes,
        Optional<FloatAgreement> agreement, double seconds) {

    public CountResult {
        primes = List.copyOf(primes);
    }

    /** One line with the count and what backs it, e.g. for the CLI and hovers. */
    public String summary() {
        String laws = count + (count == 1 ? " law" : " laws");
        String how = exact
                ? "exact rank " + rank + " of " + stateDimension + " mod p = "
                        + String.join(" and ", primes.stream().map(String::valueOf).toList())
                : "floating-point rank " + rank + " of " + stateDimension + ", "
                        + agreement.orElseThrow().describe();
        return laws + " (" + how + ")";
    }
}
