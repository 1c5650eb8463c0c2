package org.lawkeeper.core.field;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.lawkeeper.core.linalg.PrimeField;

/**
 * Adjoined values over F_p. The constants of the model — c = 1/√(2π) in Φ' = c·e^{−z²/2}, the rotary
 * rotations, √n — belong to the compiled fields and are shared by all members; the values at the data
 * point belong to one member; calls whose arguments are tied ({@link Ties}) share one value. The lists
 * {@code exponents} and {@code cdfArguments} collect the arguments for the audit ({@link TranscendentalAudit})
 * when non-null.
 */
final class ExactAdjoined implements Adjoined<long[]> {
    private final PrimeField field;
    private final Constants constants;
    private final Ties ties;
    private final long seed;
    private final List<long[]> exponents;
    private final List<long[]> cdfArguments;
    private final List<Long> expValues = new ArrayList<>();
    private final List<long[]> cdfValues = new ArrayList<>();
    private SplittableRandom stream;

    /** The model's constants over one prime, drawn once. */
    static final class Constants {
        private final PrimeField field;
        private final long normalConstant;
        private final SplittableRandom random;
        private final Map<List<Integer>, long[]> frequencies = new HashMap<>();
        private final Map<Integer, Long> roots = new HashMap<>();

        Constants(PrimeField field, SplittableRandom random) {
            this.field = field;
            this.random = random;
            this.normalConstant = nonZero(field, random);
        }

        synchronized long squareRootOf(int n) {
            return roots.computeIfAbsent(n, k -> {
                long root = field.squareRoot(field.fromLong(k));
                if (root < 0) {
                    // NetworkGenerators.suits keeps such primes out
                    throw new IllegalStateException(k + " has no square root mod " + field.prime());
                }
                return root;
            });
        }

        /** (cos, sin) of a generic angle for frequency j of a rotary encoding with {@code frequencies}. */
        synchronized long[] frequency(int j, int frequencies) {
            return this.frequencies.computeIfAbsent(List.of(frequencies, j), k -> {
                // a random point of the circle x² + y² = 1: ((1 − u²)/(1 + u²), 2u/(1 + u²))
                while (true) {
                    long u = field.randomElement(random);
                    long denominator = field.add(1, field.multiply(u, u));
                    if (denominator != 0) {
                        long inverse = field.inverse(denominator);
                        return new long[] {field.multiply(field.subtract(1, field.multiply(u, u)), inverse),
                                field.multiply(field.multiply(2, u), inverse)};
                    }
                }
            });
        }
    }

    ExactAdjoined(PrimeField field, Constants constants, Ties ties, long seed, List<long[]> exponents,
            List<long[]> cdfArguments) {
        this.field = field;
        this.constants = constants;
        this.ties = ties;
        this.seed = seed;
        this.exponents = exponents;
        this.cdfArguments = cdfArguments;
        restart();
    }

    @Override
    public void restart() {
        stream = new SplittableRandom(seed);
        expValues.clear();
        cdfValues.clear();
    }

    @Override
    public long[] taylor(Function function, long[] z, int at, int count) {
        long z0 = z[at];
        long[] c = new long[count];
        switch (function) {
            case EXP -> {
                record(exponents, z0);
                int tie = ties.exp(expValues.size());
                long value = tie == Ties.ONE ? 1 : tie >= 0 ? expValues.get(tie) : nonZero(field, stream);
                expValues.add(value);
                long factorial = 1;
                for (int k = 0; k < count; k++) {
                    factorial = k == 0 ? 1 : field.multiply(factorial, k);
                    c[k] = field.multiply(value, field.inverse(factorial));
                }
            }
            case SQRT -> {
                long root = field.squareRoot(z0);
                if (root <= 0) {
                    return null;
                }
                // √(s0 + δ) = y0·Σ binom(1/2, k)(δ/s0)^k
                long inverse = field.inverse(z0);
                long binomial = 1;
                long term = root;
                for (int k = 0; k < count; k++) {
                    if (k > 0) {
                        // binom(1/2, k) = binom(1/2, k − 1)·(1/2 − (k − 1))/k = binom·(3 − 2k)/(2k)
                        binomial = field.multiply(binomial, field.multiply(field.fromLong(3 - 2L * k),
                                field.inverse(field.fromLong(2L * k))));
                        term = field.multiply(term, inverse);
                    }
                    c[k] = field.multiply(binomial, term);
                }
            }
            case NORMAL_CDF -> {
                record(cdfArguments, z0);
                int tie = ties.cdf(cdfValues.size());
                long[] values = tie == Ties.ONE ? new long[] {field.inverse(2), 1}
                        : tie >= 0 ? cdfValues.get(tie) : new long[] {nonZero(field, stream), nonZero(field, stream)};
                cdfValues.add(values);
                long phi = values[0];
                long gauss = values[1];
                c[0] = phi;
                long[] hermite = hermite(z0, count);
                long factorial = 1;
                for (int k = 1; k < count; k++) {
                    factorial = field.multiply(factorial, k);
                    // Φ^{(k)} = c·(−1)^{k−1}·He_{k−1}(z)·e^{−z²/2}
                    long derivative = field.multiply(field.multiply(constants.normalConstant, gauss), hermite[k - 1]);
                    if (k % 2 == 0) {
                        derivative = field.negate(derivative);
                    }
                    c[k] = field.multiply(derivative, field.inverse(factorial));
                }
            }
        }
        return c;
    }

    /** The probabilists' Hermite polynomials He_0 … He_{count−1} at z. */
    private long[] hermite(long z, int count) {
        long[] he = new long[Math.max(count, 2)];
        he[0] = 1;
        he[1] = z;
        for (int n = 1; n + 1 < he.length; n++) {
            he[n + 1] = field.subtract(field.multiply(z, he[n]), field.multiply(n, he[n - 1]));
        }
        return he;
    }

    @Override
    public long[] pattern() {
        return new long[] {field.randomElement(stream)};
    }

    @Override
    public long[] squareRootOf(int n) {
        return new long[] {constants.squareRootOf(n)};
    }

    @Override
    public long[] rotation(int frequency, int frequencies, int position, boolean sine) {
        long[] base = constants.frequency(frequency, frequencies);
        // (c + i s)^position in F_p[i]/(i² + 1)
        long re = 1;
        long im = 0;
        for (int k = 0; k < position; k++) {
            long nextRe = field.subtract(field.multiply(re, base[0]), field.multiply(im, base[1]));
            im = field.add(field.multiply(re, base[1]), field.multiply(im, base[0]));
            re = nextRe;
        }
        return new long[] {sine ? im : re};
    }

    private static void record(List<long[]> arguments, long value) {
        if (arguments != null) {
            arguments.add(new long[] {value});
        }
    }

    private static long nonZero(PrimeField field, SplittableRandom random) {
        long value;
        do {
            value = field.randomElement(random);
        } while (value == 0);
        return value;
    }
}
