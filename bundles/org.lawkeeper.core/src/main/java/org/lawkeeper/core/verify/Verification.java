package org.lawkeeper.core.verify;

import java.util.Optional;

/**
 * The exact answer to "is this a conservation law of this model under this flow?".
 *
 * @param law       the law's text
 * @param model     the model's name
 * @param flow      the flow's spec
 * @param entries   the number of independent scalar laws checked
 * @param fields    the number of generating fields checked against
 * @param conserved whether ⟨∇h, χ_i⟩ ≡ 0 for every entry h and field χ_i: a polynomial identity, or for a
 *                  network without finite factorisation an identity established by sampling
 * @param witness   where it fails, when it does, for polynomial fields
 * @param sampling  how it was decided, for a network's data-indexed fields
 * @param seconds   wall-clock time
 */
public record Verification(String law, String model, String flow, int entries, int fields, boolean conserved,
        Optional<Witness> witness, Optional<Sampling> sampling, double seconds) {

    /** {@code conserved} or {@code not conserved}, the word the command line prints. */
    public String word() {
        return conserved ? "conserved" : "not conserved";
    }

    /** How the verdict was reached, in one line. */
    public String reason() {
        if (sampling.isPresent()) {
            return conserved ? sampling.get().summary() : sampling.get().failure();
        }
        return conserved
                ? "⟨∇h, χ_i⟩ ≡ 0 as a polynomial identity for " + entries + (entries == 1 ? " entry" : " entries")
                        + " and all " + fields + " generating fields"
                : witness.orElseThrow().summary();
    }
}
