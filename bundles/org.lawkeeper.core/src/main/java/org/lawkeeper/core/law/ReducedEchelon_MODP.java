package org.lawkeeper.core.law;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.CancelledException;
import org.lawkeeper.core.jet.PrimeField;

/**
 * A row space over F_p in row echelon form, built as rows arrive and brought to <em>reduced</em> form
 * when its null space is read. The canonical reduced form is what makes rational reconstruction work:
 * the reduced echelon form of a rational matrix reduces, entry by entry, to the one mod p. Each row
 * is zero before its pivot and at the pivots of the rows stored before it.
 */
final class ReducedEchelon_MODP {
    private final PrimeField field;
    private final int columns;
    private final List<long[]> rows = new ArrayList<>();
    private final List<Integer> pivots = new ArrayList<>();

    ReducedEchelon_MODP(PrimeField field, int columns) {
        this.field = field;
        this.columns = columns;
    }

    /**
     * The solutions of linear conditions that are sampled point by point: {@code rowsAtNewPoint} gives the
     * conditions at a fresh random point. Sampling stops when a point adds no rank; a false solution
     * survives a random point with probability at most deg/p (Schwartz–Zippel).
     */
    static List<long[]> sampledNullSpace(PrimeField field, int unknowns, Supplier<List<long[]>> rowsAtNewPoint,
            Cancellation cancellation) throws CancelledException {
        ReducedEchelon_MODP conditions = new ReducedEchelon_MODP(field, unknowns);
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

    /** Adds {@code vector} to the row space; returns whether the rank grew. */
    boolean add(long[] vector) {
        long[] v = vector.clone();
        for (int r = 0; r < rows.size(); r++) {
            int pivot = pivots.get(r);
            long c = v[pivot];
            if (c != 0) {
                addMultiple(v, rows.get(r), field.negate(c), pivot);
            }
        }
        int pivot = firstNonZero(v);
        if (pivot < 0) {
            return false;
        }
        addMultiple(v, v, field.subtract(field.inverse(v[pivot]), 1), pivot); // v ← v / v[pivot]
        rows.add(v);
        pivots.add(pivot);
        return true;
    }

    int rank() {
        return rows.size();
    }

    /** A basis of the null space: one vector per non-pivot column f, with 1 at f and 0 at the other free columns. */
    List<long[]> nullSpace() {
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
        for (int r = rows.size() - 1; r > 0; r--) {
            int pivot = pivots.get(r);
            for (int q = 0; q < r; q++) {
                long c = rows.get(q)[pivot];
                if (c != 0) {
                    addMultiple(rows.get(q), rows.get(r), field.negate(c), pivot);
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

    /** target += factor · row, from column {@code from} on (the row is zero before it). */
    private void addMultiple(long[] target, long[] row, long factor, int from) {
        for (int j = from; j < columns; j++) {
            target[j] = field.reduce(target[j] + factor * row[j]);
        }
    }
}
