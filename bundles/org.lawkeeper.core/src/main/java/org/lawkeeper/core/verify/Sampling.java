package org.lawkeeper.core.verify;

import java.util.List;

/**
 * How a law was decided for a network's data-indexed fields, which have no finite polynomial form: by
 * evaluating ⟨∇h, χ_{x,w}⟩ at random points, data points and adjoined values modulo independent primes.
 * A law is never refuted by accident: a non-zero value at one sample is a proof that it changes (given
 * the independence the exact mode audits). A non-law passes every sample with probability at most
 * {@code errorBound} (Schwartz–Zippel, degree over prime per sample).
 *
 * @param primes       the primes used
 * @param samples      the samples per prime (random point, data point, output weights, adjoined values)
 * @param errorBound   the probability that a non-law passes them all
 * @param failure      for a refuted law: where it changes, with the rate at a random real point; empty otherwise
 */
public record Sampling(List<Long> primes, int samples, double errorBound, String failure) {

    public Sampling {
        primes = List.copyOf(primes);
    }

    /** One line for a conserved law. */
    public String summary() {
        return "⟨∇h, χ_{x,w}⟩ vanished at " + samples + " random points, data points and adjoined values modulo each of "
                + primes + "; a non-law passes with probability below " + String.format("%.0e", errorBound);
    }
}
