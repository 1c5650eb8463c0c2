package org.lawkeeper.core.jet;

import java.util.random.RandomGenerator;
import org.hipparchus.fraction.BigFraction;
import org.lawkeeper.core.linalg.PrimeField;

/** Nested dual numbers over F_p, stored in {@code long[]} (exact). */
public final class JetArithmetic_MODP implements JetArithmetic<long[]> {
    private final PrimeField field;
    /** The largest multiple of p not above 2^62: what {@link #accumulate} takes off a sum that reached it. */
    private final long lazyBound;

    public JetArithmetic_MODP(PrimeField field) {
        this.field = field;
        this.lazyBound = (1L << 62) / field.prime() * field.prime();
    }

    public PrimeField field() {
        return field;
    }

    @Override
    public long[] allocate(int length) {
        return new long[length];
    }

    @Override
    public long[] random(int length, RandomGenerator random) {
        long[] values = new long[length];
        for (int i = 0; i < length; i++) {
            values[i] = field.randomElement(random);
        }
        return values;
    }

    @Override
    public void setRational(long[] out, int at, BigFraction value) {
        out[at] = field.fromRational(value);
    }

    @Override
    public void addScaled(long[] c, int ci, long[] x, int xo, long[] out, int oo, int size) {
        long factor = c[ci];
        for (int i = 0; i < size; i++) {
            out[oo + i] = field.reduce(out[oo + i] + factor * x[xo + i]);
        }
    }

    /**
     * Keeps every sum below 2^62 + p with one conditional subtraction of {@code lazyBound}, a multiple of p, per
     * term: a term c·x is below p² &lt; 2^62, so a sum never passes 2^63 (docs/ALGORITHMS.md §5.1). One
     * multiplication per term instead of the three of a reduction.
     */
    @Override
    public void accumulate(long[] c, int ci, long[] x, int xo, long[] sums, int so, int size) {
        long factor = c[ci];
        for (int i = 0; i < size; i++) {
            sums[so + i] = lazyAdd(sums[so + i], factor * x[xo + i]);
        }
    }

    /** Lazy sums in registers for values (size 1) and first-order jets (size 2), the cases brackets need most. */
    @Override
    public void addProducts(long[] c, int from, int to, int[] variable, long[] x, int size, long[] out, int oo) {
        if (size == 1) {
            long sum = out[oo];
            for (int t = from; t < to; t++) {
                sum = lazyAdd(sum, c[t] * x[variable[t]]);
            }
            out[oo] = field.reduce(sum);
        } else if (size == 2) {
            long value = out[oo];
            long derivative = out[oo + 1];
            for (int t = from; t < to; t++) {
                long factor = c[t];
                int at = variable[t] << 1;
                value = lazyAdd(value, factor * x[at]);
                derivative = lazyAdd(derivative, factor * x[at + 1]);
            }
            out[oo] = field.reduce(value);
            out[oo + 1] = field.reduce(derivative);
        } else {
            for (int t = from; t < to; t++) {
                accumulate(c, t, x, variable[t] * size, out, oo, size);
            }
            for (int i = oo; i < oo + size; i++) {
                out[i] = field.reduce(out[i]);
            }
        }
    }

    /** A lazy sum (below 2^62 + p) plus a term below p², again a lazy sum congruent to their sum. */
    private long lazyAdd(long sum, long term) {
        long next = sum + term;
        return next >= lazyBound ? next - lazyBound : next;
    }

    @Override
    public void settle(long[] sums) {
        for (int i = 0; i < sums.length; i++) {
            sums[i] = field.reduce(sums[i]);
        }
    }

    @Override
    public void add(long[] x, int xo, long[] out, int oo, int size) {
        for (int i = 0; i < size; i++) {
            out[oo + i] = field.add(out[oo + i], x[xo + i]);
        }
    }

    @Override
    public void subtract(long[] x, int xo, long[] y, int yo, long[] out, int oo, int size) {
        for (int i = 0; i < size; i++) {
            out[oo + i] = field.subtract(x[xo + i], y[yo + i]);
        }
    }

    @Override
    public void multiply(long[] x, int xo, long[] y, int yo, long[] out, int oo, int order) {
        if (order == 0) {
            out[oo] = field.multiply(x[xo], y[yo]);
            return;
        }
        int size = 1 << order;
        for (int s = 0; s < size; s++) {
            // subset convolution: the ε-monomial S collects x_T · y_{S\T}; each reduced term is < p,
            // so up to 2^32 of them add up without overflow
            long sum = 0;
            for (int t = s;; t = (t - 1) & s) {
                sum += field.multiply(x[xo + t], y[yo + (s ^ t)]);
                if (t == 0) {
                    break;
                }
            }
            out[oo + s] = field.reduce(sum);
        }
    }

    @Override
    public boolean invertScalar(long[] x, int xo, long[] out, int oo) {
        if (x[xo] == 0) {
            return false;
        }
        out[oo] = field.inverse(x[xo]);
        return true;
    }

    @Override
    public void multiplyScalars(long[] a, int ai, long[] b, int bi, long[] c, int ci) {
        c[ci] = field.multiply(a[ai], b[bi]);
    }

    @Override
    public boolean isZero(long[] x, int at) {
        return x[at] == 0;
    }

    @Override
    public double toDouble(long[] x, int at) {
        return x[at];
    }
}
