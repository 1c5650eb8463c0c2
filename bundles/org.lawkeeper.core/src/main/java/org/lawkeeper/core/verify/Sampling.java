package org.lawkeeper.core.verify;

import java.util.List;

/**
 * How a law was decided by evaluating ⟨∇h, χ⟩ at random samples modulo independent primes instead of
 * expanding it: for a network's data-indexed fields, which have no finite polynomial form (random points,
 * data points and adjoined values), and for polynomial fields too large to expand (random points, every
 * generating field at each). A law is never refuted by accident: a non-zero value at one sample is a proof
 * that it changes (given the independence the exact mode audits). A non-law passes every sample with
 * probability at most {@code errorBound} = Π over the primes p of (degree/p)^samples (Schwartz–Zippel: a
 * non-zero rate of that degree vanishes at a random point with probability at most degree/p).
 *
 * @param primes       the primes used
 * @param samples      the samples per prime
 * @param degree       the degree of a rate in the sampled values for which {@code errorBound} is stated
 * @param errorBound   the probability that a non-law passes them all
 * @param rates        what was evaluated, e.g. {@code ⟨∇h, χ_{x,w}⟩}
 * @param points       what a sample is, e.g. {@code random points, data points and adjoined values}
 * @param failure      for a refuted law: where it changes, with the rate at a random real point; empty otherwise
 */
public record Sampling(List<Long> primes, int samples, double degree, double errorBound, String rates,
        String points, String failure) {

    public Sampling {
        primes = List.copyOf(primes);
    }

    /** One line for a conserved law. */
    public String summary() {
        return rates + " vanished at " + samples + " " + points + " modulo each of " + primes
                + "; a non-law (rate of degree ≤ " + String.format("%.0f", degree) + ") passes with probability below "
                + String.format("%.0e", errorBound);
    }
}
