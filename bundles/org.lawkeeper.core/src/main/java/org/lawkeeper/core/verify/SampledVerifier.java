package org.lawkeeper.core.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.core.field.FieldSamples;
import org.lawkeeper.core.field.GeneratingFields;
import org.lawkeeper.core.field.NetworkGenerators;
import org.lawkeeper.core.linalg.ModularPolynomials;
import org.lawkeeper.core.linalg.PrimeField;
import org.lawkeeper.core.linalg.RationalConstants;
import org.lawkeeper.core.polynomial.Polynomial;

/**
 * Decides polynomial laws by evaluating ⟨∇h, χ⟩ at random samples modulo each of two primes (see
 * {@link Sampling}): for fields without a finite polynomial form (a network's data-indexed family), and
 * for polynomial fields whose symbolic expansion would cost too much. The samples are drawn once and
 * shared by every law asked about, so a search can test many candidates cheaply; a candidate never
 * influences the samples it is tested on.
 */
final class SampledVerifier implements ConservationTest {
    /** Samples per prime of a network's family: its rates have no degree bound but {@link #NETWORK_DEGREE}. */
    static final int NETWORK_SAMPLES = 8;
    /** The degree of a network's rate in the sampled values for which the error bound is stated. */
    private static final double NETWORK_DEGREE = 1e4;
    /** Samples per prime of polynomial fields: every field is evaluated at each, and the degree is known. */
    static final int POLYNOMIAL_SAMPLES = 2;

    private final int samplesPerPrime;
    private final boolean network;
    private final List<PrimeField> primes = new ArrayList<>();
    private final List<List<FieldSamples.Sample>> samples = new ArrayList<>();

    /**
     * Draws the samples, modulo primes that divide neither the fields' constants nor {@code lawConstants}
     * (those of the laws to be asked about, when they are known before).
     *
     * @throws LawkeeperException when the fields cannot be evaluated exactly (see {@link GeneratingFields#checkExactness})
     */
    SampledVerifier(GeneratingFields fields, long seed, RationalConstants lawConstants) throws LawkeeperException {
        fields.checkExactness();
        this.network = fields instanceof NetworkGenerators;
        this.samplesPerPrime = network ? NETWORK_SAMPLES : POLYNOMIAL_SAMPLES;
        SplittableRandom random = new SplittableRandom(seed);
        for (PrimeField field : fields.primes(random, 2, lawConstants)) {
            FieldSamples source = new FieldSamples(fields, field, random.split());
            List<FieldSamples.Sample> drawn = new ArrayList<>();
            for (int k = 0; k < samplesPerPrime; k++) {
                drawn.add(source.next());
            }
            primes.add(field);
            samples.add(drawn);
        }
    }

    @Override
    public boolean isConserved(Polynomial h) {
        for (int p = 0; p < primes.size(); p++) {
            for (FieldSamples.Sample sample : samples.get(p)) {
                if (changes(h, sample, primes.get(p))) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public String method() {
        return "by sampling modulo two primes";
    }

    int samplesPerPrime() {
        return samplesPerPrime;
    }

    /** Whether ⟨∇h, χ⟩ ≠ 0 at the sample for one of its fields. */
    private static boolean changes(Polynomial h, FieldSamples.Sample sample, PrimeField field) {
        long[] gradient = ModularPolynomials.gradient(h, sample.point(), field);
        // ∇h is sparse (a law involves few coordinates): summing over its support only keeps a check of every
        // field linear in the law's size instead of fields × D
        int[] support = IntStream.range(0, gradient.length).filter(v -> gradient[v] != 0).toArray();
        for (long[] value : sample.values()) {
            long rate = 0;
            for (int v : support) {
                rate = field.add(rate, field.multiply(gradient[v], value[v]));
            }
            if (rate != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * How the verdicts were reached; {@code failure} describes a refutation, empty for a law. For polynomial
     * fields, {@code rateDegree} bounds the degree of every rate ⟨∇h, χ_i⟩ checked (deg h − 1 + the fields'
     * degree); a network's rates are stated for degree {@link #NETWORK_DEGREE}.
     */
    Sampling sampling(String failure, int rateDegree) {
        double degree = network ? NETWORK_DEGREE : Math.max(1, rateDegree);
        double bound = 1;
        for (PrimeField field : primes) {
            bound *= Math.pow(degree / field.prime(), samplesPerPrime);
        }
        List<Long> used = primes.stream().map(PrimeField::prime).toList();
        return network
                ? new Sampling(used, samplesPerPrime, degree, bound, "⟨∇h, χ_{x,w}⟩",
                        "random points, data points and adjoined values", failure)
                : new Sampling(used, samplesPerPrime, degree, bound, "⟨∇h, χ_i⟩ for every generating field",
                        "random points", failure);
    }
}
