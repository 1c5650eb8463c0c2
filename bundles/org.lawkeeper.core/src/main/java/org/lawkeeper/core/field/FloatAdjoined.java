package org.lawkeeper.core.field;

import java.util.SplittableRandom;
import org.hipparchus.special.Erf;

/**
 * Adjoined values in floating point: the real e^z, √s, Φ(z) and e^{−z²/2}, the rotary angles of
 * RoFormer (ω_j = 10000^{−j/frequencies}), and standard normal ReLU patterns. With {@code magnitudes} the
 * Taylor coefficients are taken in absolute value, for the running error estimate of the float count.
 */
final class FloatAdjoined implements Adjoined<double[]> {
    private static final double NORMAL_CONSTANT = 1 / Math.sqrt(2 * Math.PI);

    private final long seed;
    private final boolean magnitudes;
    private SplittableRandom stream;

    FloatAdjoined(long seed, boolean magnitudes) {
        this.seed = seed;
        this.magnitudes = magnitudes;
        restart();
    }

    @Override
    public void restart() {
        stream = new SplittableRandom(seed);
    }

    @Override
    public double[] taylor(Function function, double[] z, int at, int count) {
        double z0 = z[at];
        double[] c = new double[count];
        switch (function) {
            case EXP -> {
                double value = Math.exp(z0);
                double factorial = 1;
                for (int k = 0; k < count; k++) {
                    factorial *= Math.max(k, 1);
                    c[k] = value / factorial;
                }
            }
            case SQRT -> {
                if (!(z0 > 0)) {
                    return null;
                }
                double binomial = 1;
                double term = Math.sqrt(z0);
                for (int k = 0; k < count; k++) {
                    if (k > 0) {
                        binomial *= (3.0 - 2 * k) / (2.0 * k);
                        term /= z0;
                    }
                    c[k] = binomial * term;
                }
            }
            case NORMAL_CDF -> {
                c[0] = 0.5 * Erf.erfc(-z0 / Math.sqrt(2));
                double gauss = NORMAL_CONSTANT * Math.exp(-z0 * z0 / 2);
                double previous = 0;
                double hermite = 1;
                double factorial = 1;
                for (int k = 1; k < count; k++) {
                    factorial *= k;
                    c[k] = (k % 2 == 0 ? -1 : 1) * gauss * hermite / factorial;
                    double next = z0 * hermite - (k - 1) * previous;
                    previous = hermite;
                    hermite = next;
                }
            }
        }
        if (magnitudes) {
            for (int k = 0; k < count; k++) {
                c[k] = Math.abs(c[k]);
            }
        }
        return c;
    }

    @Override
    public double[] pattern() {
        double value = stream.nextGaussian();
        return new double[] {magnitudes ? Math.abs(value) : value};
    }

    @Override
    public double[] squareRootOf(int n) {
        return new double[] {Math.sqrt(n)};
    }

    @Override
    public double[] rotation(int frequency, int frequencies, int position, boolean sine) {
        double angle = position * Math.pow(10000, -(double) frequency / frequencies);
        double value = sine ? Math.sin(angle) : Math.cos(angle);
        return new double[] {magnitudes ? Math.abs(value) : value};
    }
}
