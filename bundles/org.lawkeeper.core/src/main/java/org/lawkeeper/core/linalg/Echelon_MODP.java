package org.lawkeeper.core.linalg;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.CancelledException;

/**
 * A row space over F_p (p &lt; 2^31) in row echelon form, built as rows arrive: the one home of exact
 * elimination. Counting uses {@link #add} and {@link #rank}; the law search reads the null space, for
 * which the rows are brought to <em>reduced</em> form first. The canonical reduced form is what makes
 * rational reconstruction work: the reduced echelon form of a rational matrix reduces, entry by entry,
 * to the one mod p.
 *
 * <p>Each stored row is zero before its pivot and at every earlier pivot, so reducing a new vector
 * touches each row only from its pivot on. The inner loop multiplies by a fixed row factor with Shoup's
 * precomputed quotient: two integer multiplications, no division. Rows are stored as {@code int}s
 * (p &lt; 2^31): elimination streams the whole basis for every new vector, so halving its memory
 * traffic matters.
 */
public final class Echelon_MODP {
    private final PrimeField field;
    private final int columns;
    private final List<int[]> rows = new ArrayList<>();
    private final List<Integer> pivots = new ArrayList<>();

    public Echelon_MODP(PrimeField field, int columns) {
        this.field = field;
        this.columns = columns;
    }

    /**
     * The solutions of linear conditions that are sampled point by point: {@code rowsAtNewPoint} gives the
     * conditions at a fresh random point. Sampling stops when a point adds no rank; a false solution
     * survives a random point with probability at most deg/p (Schwartz–Zippel).
     */
    public static List<long[]> sampledNullSpace(PrimeField field, int unknowns, Supplier<List<long[]>> rowsAtNewPoint,
            Cancellation cancellation) throws CancelledException {
        Echelon_MODP conditions = new Echelon_MODP(field, unknowns);
        boolean grew = true;
        while (grew && conditions.rank() < unknowns) {
            cancellation.check();
            grew = false;
            for (long[] row : rowsAtNewPoint.get()) {
                grew |= conditions.add(row);
            }
        }
        return conditions.nullSpace();
    }

    /** Adds {@code vector} (entries in [0, p)) if it lies outside the current span; returns whether it did. */
    public boolean add(long[] vector) {
        long p = field.prime();
        long[] v = vector.clone();
        for (int r = 0; r < rows.size(); r++) {
            int pivot = pivots.get(r);
            long c = v[pivot];
            if (c != 0) {
                addMultiple(v, rows.get(r), p - c, pivot, p);
            }
        }
        int pivot = firstNonZero(v);
        if (pivot < 0) {
            return false;
        }
        long inverse = field.inverse(v[pivot]);
        int[] row = new int[columns];
        for (int j = pivot; j < columns; j++) {
            row[j] = (int) field.multiply(v[j], inverse);
        }
        rows.add(row);
        pivots.add(pivot);
        return true;
    }

    public int rank() {
        return rows.size();
    }

    /** A basis of the null space: one vector per non-pivot column f, with 1 at f and 0 at the other free columns. */
    public List<long[]> nullSpace() {
        reduce();
        boolean[] isPivot = new boolean[columns];
        pivots.forEach(p -> isPivot[p] = true);
        List<long[]> basis = new ArrayList<>();
        for (int f = 0; f < columns; f++) {
            if (isPivot[f]) {
                continue;
            }
            long[] x = new long[columns];
            x[f] = 1;
            for (int r = 0; r < rows.size(); r++) {
                x[pivots.get(r)] = field.negate(rows.get(r)[f]);
            }
            basis.add(x);
        }
        return basis;
    }

    /**
     * Clears every pivot column above its pivot, newest row first: a row is then already clear at the
     * pivots of the rows newer than itself, so subtracting it disturbs no other pivot.
     */
    private void reduce() {
        long p = field.prime();
        for (int r = rows.size() - 1; r > 0; r--) {
            int pivot = pivots.get(r);
            for (int q = 0; q < r; q++) {
                int[] target = rows.get(q);
                long c = target[pivot];
                if (c != 0) {
                    addMultiple(target, rows.get(r), p - c, pivot, p);
                }
            }
        }
    }

    private int firstNonZero(long[] v) {
        for (int j = 0; j < columns; j++) {
            if (v[j] != 0) {
                return j;
            }
        }
        return -1;
    }

    /** v += factor · row from column {@code from} on, mod p (Shoup: {@code factor} is fixed for the loop). */
    private static void addMultiple(long[] v, int[] row, long factor, int from, long p) {
        long shoup = (factor << 32) / p;
        for (int j = from; j < v.length; j++) {
            v[j] = addProduct(v[j], row[j], factor, shoup, p);
        }
    }

    /** The same for an int row as target. */
    static void addMultiple(int[] target, int[] row, long factor, int from, long p) {
        long shoup = (factor << 32) / p;
        for (int j = from; j < target.length; j++) {
            target[j] = (int) addProduct(target[j], row[j], factor, shoup, p);
        }
    }

    /** x + y·factor mod p for x, y in [0, p), with Shoup's quotient of the factor. */
    private static long addProduct(long x, long y, long factor, long shoup, long p) {
        long product = y * factor - ((y * shoup) >>> 32) * p;
        long sum = x + product;
        sum = sum >= p ? sum - p : sum;
        return sum >= p ? sum - p : sum;
    }
}
