package org.lawkeeper.core.jet;

import java.util.random.RandomGenerator;
import org.hipparchus.fraction.BigFraction;

/**
 * Nested dual numbers over IEEE doubles, stored in {@code double[]} (floating point, not exact).
 *
 * <p>The {@link #magnitudes()} variant is running error analysis: fed with absolute values, it turns
 * every subtraction into an addition and so bounds, entry by entry, the magnitudes whose rounding
 * errors a result can carry. A bracket that is zero in exact arithmetic comes out as rounding noise
 * relative to that bound, not relative to its own (meaningless) norm.
 */
public final class JetArithmetic_F64 implements JetArithmetic<double[]> {
    /** Magnitudes below this count as zero when a pivot or inverse is needed. */
    private static final double TINY = 1e-300;

    private final boolean magnitudes;

    /** Ordinary floating-point arithmetic. */
    public JetArithmetic_F64() {
        this(false);
    }

    private JetArithmetic_F64(boolean magnitudes) {
        this.magnitudes = magnitudes;
    }

    /** The running-error-bound arithmetic; feed it absolute values of points and weights. */
    public static JetArithmetic_F64 magnitudes() {
        return new JetArithmetic_F64(true);
    }

    /** Whether this is the running-error-bound arithmetic of {@link #magnitudes()}. */
    public boolean isMagnitudes() {
        return magnitudes;
    }

    @Override
    public double[] allocate(int length) {
        return new double[length];
    }

    @Override
    public double[] random(int length, RandomGenerator random) {
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            values[i] = random.nextGaussian();
        }
        return values;
    }

    @Override
    public void setRational(double[] out, int at, BigFraction value) {
        out[at] = magnitudes ? Math.abs(value.doubleValue()) : value.doubleValue();
    }

    @Override
    public void addScaled(double[] c, int ci, double[] x, int xo, double[] out, int oo, int size) {
        double factor = c[ci];
        for (int i = 0; i < size; i++) {
            out[oo + i] += factor * x[xo + i];
        }
    }

    @Override
    public void add(double[] x, int xo, double[] out, int oo, int size) {
        for (int i = 0; i < size; i++) {
            out[oo + i] += x[xo + i];
        }
    }

    @Override
    public void subtract(double[] x, int xo, double[] y, int yo, double[] out, int oo, int size) {
        for (int i = 0; i < size; i++) {
            out[oo + i] = magnitudes ? Math.abs(x[xo + i]) + Math.abs(y[yo + i]) : x[xo + i] - y[yo + i];
        }
    }

    @Override
    public void multiply(double[] x, int xo, double[] y, int yo, double[] out, int oo, int order) {
        int size = 1 << order;
        for (int s = 0; s < size; s++) {
            double sum = 0;
            for (int t = s;; t = (t - 1) & s) {
                sum += x[xo + t] * y[yo + (s ^ t)];
                if (t == 0) {
                    break;
                }
            }
            out[oo + s] = sum;
        }
    }

    @Override
    public boolean invertScalar(double[] x, int xo, double[] out, int oo) {
        if (Math.abs(x[xo]) < TINY) {
            return false;
        }
        out[oo] = 1.0 / x[xo];
        return true;
    }

    @Override
    public void multiplyScalars(double[] a, int ai, double[] b, int bi, double[] c, int ci) {
        c[ci] = a[ai] * b[bi];
    }

    @Override
    public boolean isZero(double[] x, int at) {
        return Math.abs(x[at]) < TINY;
    }

    @Override
    public double toDouble(double[] x, int at) {
        return x[at];
    }
}
