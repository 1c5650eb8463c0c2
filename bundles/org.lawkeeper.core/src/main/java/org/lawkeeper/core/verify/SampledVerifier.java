package org.lawkeeper.core.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.core.field.FieldSamples;
import org.lawkeeper.core.field.GeneratingFields;
import org.lawkeeper.core.linalg.ModularPolynomials;
import org.lawkeeper.core.linalg.PrimeField;
import org.lawkeeper.core.linalg.RationalConstants;
import org.lawkeeper.core.polynomial.Polynomial;

/**
 * Decides polynomial laws against fields without a finite polynomial form (a network's data-indexed
 * family) by evaluating ⟨∇h, χ⟩ at {@link #SAMPLES} random samples modulo each of two primes (see
 * {@link Sampling}). The samples are drawn once and shared by every law asked about, so a search can
 * test many candidates cheaply; a candidate never influences the samples it is tested on.
 */
final class SampledVerifier implements ConservationTest {
    static final int SAMPLES = 8;
    /** The degree of a rate in the sampled values for which {@link #errorBound} is stated. */
    private static final double DEGREE = 1e4;

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
        SplittableRandom random = new SplittableRandom(seed);
        for (PrimeField field : fields.primes(random, 2, lawConstants)) {
            FieldSamples source = new FieldSamples(fields, field, random.split());
            List<FieldSamples.Sample> drawn = new ArrayList<>();
            for (int k = 0; k < SAMPLES; k++) {
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

    /** Whether ⟨∇h, χ⟩ ≠ 0 at the sample for one of its fields. */
    private static boolean changes(Polynomial h, FieldSamples.Sample sample, PrimeField field) {
        long[] gradient = ModularPolynomials.gradient(h, sample.point(), field);
        for (long[] value : sample.values()) {
            long rate = 0;
            for (int v = 0; v < gradient.length; v++) {
                rate = field.add(rate, field.multiply(gradient[v], value[v]));
            }
            if (rate != 0) {
                return true;
            }
        }
        return false;
    }

    /** How the verdicts were reached; {@code failure} describes a refutation, empty for a law. */
    Sampling sampling(String failure) {
        return new Sampling(primes.stream().map(PrimeField::prime).toList(), SAMPLES, errorBound(), failure);
    }

    /** The chance that a rate of degree {@link #DEGREE} vanishes at every sample of both primes. */
    private double errorBound() {
        double bound = 1;
        for (PrimeField field : primes) {
            bound *= Math.pow(DEGREE / field.prime(), SAMPLES);
        }
        return bound;
    }
}
