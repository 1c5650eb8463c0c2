package org.lawkeeper.core.count;

import java.util.ArrayList;
import java.util.List;
import org.lawkeeper.core.jet.PrimeField;

/**
 * Exact incremental row echelon form over F_p (p &lt; 2^31). Each stored row is zero before its pivot
 * and at every earlier pivot, so reducing a new vector touches each row only from its pivot on.
 * The inner loop multiplies by a fixed row factor with Shoup's precomputed quotient: two integer
 * multiplications, no division. Rows are stored as {@code int}s (p &lt; 2^31): elimination streams
 * the whole basis for every new vector, so halving its memory traffic matters.
 */
public final class RankTracker_MODP {
    private final PrimeField field;
    private final int dimension;
    private final List<int[]> rows = new ArrayList<>();
    private final List<Integer> pivots = new ArrayList<>();

    public RankTracker_MODP(PrimeField field, int dimension) {
        this.field = field;
        this.dimension = dimension;
    }

    /** Adds {@code vector} if it lies outside the current span; returns whether it did. */
    public boolean add(long[] vector) {
        long p = field.prime();
        long[] v = vector.clone();
        for (int r = 0; r < rows.size(); r++) {
            int pivot = pivots.get(r);
            long c = v[pivot];
            if (c != 0) {
                subtractMultiple(v, rows.get(r), p - c, pivot, p);
            }
        }
        int pivot = 0;
        while (pivot < dimension && v[pivot] == 0) {
            pivot++;
        }
        if (pivot == dimension) {
            return false;
        }
        long inverse = field.inverse(v[pivot]);
        int[] row = new int[dimension];
        for (int j = pivot; j < dimension; j++) {
            row[j] = (int) field.multiply(v[j], inverse);
        }
        rows.add(row);
        pivots.add(pivot);
        return true;
    }

    /** v += factor · row from column {@code from} on, mod p. */
    private static void subtractMultiple(long[] v, int[] row, long factor, int from, long p) {
        long shoup = (factor << 32) / p;
        for (int j = from; j < v.length; j++) {
            long y = row[j];
            long product = y * factor - ((y * shoup) >>> 32) * p;
            long sum = v[j] + product;
            sum = sum >= p ? sum - p : sum;
            v[j] = sum >= p ? sum - p : sum;
        }
    }

    public int rank() {
        return rows.size();
    }
}
