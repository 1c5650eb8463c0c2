package org.lawkeeper.core.linalg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.CancelledException;

/**
 * A row space over F_p (p &lt; 2^31) that grows by blocks of vectors: the rank engine of large counts
 * (docs/ALGORITHMS.md §5.6). The basis is kept in <em>reduced</em> echelon form and stored compressed: a
 * row is e_pivot plus entries at the free (non-pivot) columns only, so row i is the i-th row of [I | X]
 * up to a permutation of the columns and only X is kept. Then
 * <ol>
 * <li>a block V reduces against the basis in one matrix product, V_free − V_pivots·X (each row's
 *     coefficients are simply its entries at the pivot columns, since every basis row is zero at the
 *     other pivots);</li>
 * <li>the reduced block is eliminated among itself: chunks of {@value #CHUNK} rows one vector at a time, and
 *     between chunks by the same products;</li>
 * <li>the basis is cleared at the new pivot columns, again one product, X − X_newPivots·N;</li>
 * <li>the new pivot columns leave the free columns of every row.</li>
 * </ol>
 * The products run through {@link ModularProduct}: delayed reduction, row-major tiles, all cores.
 */
public final class BlockEchelon_MODP {
    /** Rows of a block eliminated among themselves one by one; between such chunks, products again. */
    private static final int CHUNK = 8;

    private final PrimeField field;
    private final long p;
    private final Cancellation cancellation;
    /** The original index of each free column, ascending. */
    private int[] free;
    /** X: row i holds the entries of basis row i at the free columns (its array may be longer). */
    private final List<int[]> rows = new ArrayList<>();
    /** The original index of each basis row's pivot column. */
    private int[] pivots = new int[0];

    public BlockEchelon_MODP(PrimeField field, int columns, Cancellation cancellation) {
        this.field = field;
        this.p = field.prime();
        this.cancellation = cancellation;
        this.free = new int[columns];
        Arrays.setAll(free, j -> j);
    }

    /**
     * Bytes this span may hold for {@code columns} columns, whatever the rank: r rows of D − r free entries
     * peak at D²/4 ints, and a row's array is trimmed once it is twice as long as needed.
     */
    public static long estimatedBytes(int columns) {
        return 2L * columns * columns;
    }

    public int rank() {
        return rows.size();
    }

    /**
     * Adds the vectors of {@code block} (entries in [0, p), length {@code columns} each); returns how many
     * of them were independent of the span and of each other.
     *
     * @throws CancelledException when cancelled meanwhile (the span is then unusable)
     */
    public int addBlock(List<long[]> block) throws CancelledException {
        int width = free.length;
        List<int[]> reduced = Arrays.asList(reduceAgainstBasis(block, width));
        List<Integer> newPivots = new ArrayList<>();
        List<int[]> newRows = new ArrayList<>();
        for (int from = 0; from < reduced.size(); from += CHUNK) {
            List<int[]> chunk = reduced.subList(from, Math.min(reduced.size(), from + CHUNK));
            eliminate(chunk, newPivots, newRows, width);
            List<Integer> chunkPivots = new ArrayList<>();
            List<int[]> chunkRows = new ArrayList<>();
            for (int[] u : chunk) {
                cancellation.check();
                reduceAmong(u, chunkRows, chunkPivots, width);
            }
            eliminate(newRows, chunkPivots, chunkRows, width);
            newRows.addAll(chunkRows);
            newPivots.addAll(chunkPivots);
        }
        if (newRows.isEmpty()) {
            return 0;
        }
        eliminate(rows, newPivots, newRows, width);
        compact(newPivots, newRows, width);
        return newRows.size();
    }

    /**
     * targets ← targets − targets_pivots · sources, for sources in reduced form at {@code pivots} (source j is 1
     * at pivot j and 0 at the others): clears those columns of every target in one product.
     */
    private void eliminate(List<int[]> targets, List<Integer> pivots, List<int[]> sources, int width)
            throws CancelledException {
        if (targets.isEmpty() || sources.isEmpty()) {
            return;
        }
        int[][] coefficients = new int[targets.size()][sources.size()];
        for (int i = 0; i < coefficients.length; i++) {
            int[] target = targets.get(i);
            for (int j = 0; j < sources.size(); j++) {
                coefficients[i][j] = (int) field.negate(target[pivots.get(j)]);
            }
        }
        ModularProduct.addProduct(targets, coefficients, sources, width, field, cancellation);
    }

    /** Step 1: V_free + (−V_pivots)·X, one row per vector, in the coordinates of the free columns. */
    private int[][] reduceAgainstBasis(List<long[]> block, int width) throws CancelledException {
        int count = block.size();
        int r = rows.size();
        int[][] target = new int[count][width];
        int[][] coefficients = new int[count][r];
        for (int b = 0; b < count; b++) {
            long[] v = block.get(b);
            for (int f = 0; f < width; f++) {
                target[b][f] = (int) v[free[f]];
            }
            for (int i = 0; i < r; i++) {
                coefficients[b][i] = (int) field.negate(v[pivots[i]]);
            }
        }
        ModularProduct.addProduct(Arrays.asList(target), coefficients, rows, width, field, cancellation);
        return target;
    }

    /**
     * Step 2, inside a chunk: reduces {@code u} against the chunk's new rows (kept reduced among themselves)
     * and, if anything is left, normalises it into a new row and clears its pivot from the earlier new rows.
     */
    private void reduceAmong(int[] u, List<int[]> newRows, List<Integer> newPivots, int width) {
        for (int k = 0; k < newRows.size(); k++) {
            long c = u[newPivots.get(k)];
            if (c != 0) {
                Echelon_MODP.addMultiple(u, newRows.get(k), p - c, 0, p);
            }
        }
        int pivot = 0;
        while (pivot < width && u[pivot] == 0) {
            pivot++;
        }
        if (pivot == width) {
            return;
        }
        long inverse = field.inverse(u[pivot]);
        for (int f = pivot; f < width; f++) {
            u[f] = (int) field.multiply(u[f], inverse);
        }
        for (int[] earlier : newRows) {
            long c = earlier[pivot];
            if (c != 0) {
                Echelon_MODP.addMultiple(earlier, u, p - c, pivot, p);
            }
        }
        newRows.add(u);
        newPivots.add(pivot);
    }

    /** Step 4: the new pivot columns stop being free; every row keeps only the remaining free entries. */
    private void compact(List<Integer> newPivots, List<int[]> newRows, int width) {
        boolean[] leaving = new boolean[width];
        int r = pivots.length;
        pivots = Arrays.copyOf(pivots, r + newPivots.size());
        for (int pivot : newPivots) {
            leaving[pivot] = true;
            pivots[r++] = free[pivot];
        }
        int[] kept = new int[width - newPivots.size()];
        int at = 0;
        for (int f = 0; f < width; f++) {
            if (!leaving[f]) {
                kept[at++] = f;
            }
        }
        int[] nextFree = new int[kept.length];
        for (int f = 0; f < kept.length; f++) {
            nextFree[f] = free[kept[f]];
        }
        free = nextFree;
        rows.addAll(newRows);
        rows.replaceAll(row -> compacted(row, kept));
    }

    /** The row's entries at {@code kept}, in place unless the array has become twice too long. */
    private static int[] compacted(int[] row, int[] kept) {
        for (int f = 0; f < kept.length; f++) {
            row[f] = row[kept[f]];
        }
        return row.length > 2 * kept.length + 16 ? Arrays.copyOf(row, kept.length) : row;
    }
}
