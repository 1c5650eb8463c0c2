package org.lawkeeper.core.linalg;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.CancelledException;
import org.lawkeeper.core.UncheckedCancellation;

/**
 * T ← T + C·S over F_p (p &lt; 2^31), the matrix product that block elimination spends its time in
 * (docs/ALGORITHMS.md §5.6). Three things make it fast:
 * <ul>
 * <li><b>delayed reduction</b>: each coefficient c is split as c = c_hi·2^16 + c_lo, and the products
 *     c_lo·s and c_hi·s (each below 2^47) are summed in two {@code long}s; 65,535 of them fit below 2^63,
 *     so the sums are reduced once at the end (or every 65,535 rows of S), not once per product. The
 *     inner loop takes two rows of S at a time into one array of sums, on 64-bit lanes the JIT vectorises;</li>
 * <li><b>tiles</b>: T is updated a tile of columns and a group of rows at a time, and S is read in slabs
 *     of rows that stay in cache while every row of the group uses them;</li>
 * <li><b>all cores</b>: the rows of T are split into tasks for the common fork-join pool.</li>
 * </ul>
 */
final class ModularProduct {
    /** Columns per tile: the sums of a group of rows (2 longs each) stay in the core's cache. */
    private static final int TILE = 256;
    /**
     * Rows of T whose sums are kept at once (32 KB of them per tile): a task of many rows and few rows of S
     * would otherwise stream its sums through memory, megabytes per tile.
     */
    private static final int GROUP = 8;
    /** Rows of S per slab: a slab of one tile is 64 KB. */
    private static final int SLAB = 64;
    /** Products summed per long before a reduction: 65,535·(2^16 − 1)·(2^31 − 1) + p &lt; 2^63. */
    private static final int DELAY = (1 << 16) - 1;
    /** Multiply-adds below which a product stays on the calling thread: handing it to the pool costs more. */
    private static final long PARALLEL_WORK = 1 << 20;

    private ModularProduct() {
    }

    /**
     * {@code target[t][0, width) += coefficients[t]·source} mod p for every row t of {@code target};
     * entries of all three lie in [0, p), {@code coefficients[t]} has one entry per row of {@code source}.
     *
     * @throws CancelledException when cancelled meanwhile; {@code target} is then partly updated
     */
    static void addProduct(List<int[]> target, int[][] coefficients, List<int[]> source, int width,
            PrimeField field, Cancellation cancellation) throws CancelledException {
        addProduct(target, coefficients, source, width, field, cancellation, DELAY);
    }

    /** The same, reducing the sums every {@code delay} rows of S (at most {@value #DELAY}; tests use fewer). */
    static void addProduct(List<int[]> target, int[][] coefficients, List<int[]> source, int width,
            PrimeField field, Cancellation cancellation, int delay) throws CancelledException {
        int[][] t = target.toArray(int[][]::new);
        int[][] s = source.toArray(int[][]::new);
        if ((long) t.length * s.length * width < PARALLEL_WORK) {
            addProductOfTask(t, 0, t.length, coefficients, s, width, field, cancellation, delay);
            return;
        }
        int threads = Runtime.getRuntime().availableProcessors();
        int rowsPerTask = Math.max(4, -Math.floorDiv(-t.length, 4 * threads));
        int tasks = -Math.floorDiv(-t.length, rowsPerTask);
        try {
            IntStream.range(0, tasks).parallel().forEach(task -> {
                int from = task * rowsPerTask;
                try {
                    addProductOfTask(t, from, Math.min(t.length, from + rowsPerTask), coefficients, s, width, field,
                            cancellation, delay);
                } catch (CancelledException e) {
                    throw new UncheckedCancellation(e);
                }
            });
        } catch (UncheckedCancellation e) {
            throw e.cancelled();
        }
    }

    /** One task: rows [first, last) of T, a group of rows at a time. */
    private static void addProductOfTask(int[][] target, int first, int last, int[][] coefficients, int[][] source,
            int width, PrimeField field, Cancellation cancellation, int delay) throws CancelledException {
        long[] low = new long[GROUP * TILE];
        long[] high = new long[GROUP * TILE];
        for (int group = first; group < last; group += GROUP) {
            addProductOfGroup(target, group, Math.min(last, group + GROUP), coefficients, source, width, field,
                    cancellation, delay, low, high);
        }
    }

    /** Rows [first, last) of T, at most {@value #GROUP}, all columns, tile by tile, with their sums in low and high. */
    private static void addProductOfGroup(int[][] target, int first, int last, int[][] coefficients,
            int[][] source, int width, PrimeField field, Cancellation cancellation, int delay, long[] low,
            long[] high) throws CancelledException {
        int rows = last - first;
        for (int from = 0; from < width; from += TILE) {
            int columns = Math.min(TILE, width - from);
            for (int t = 0; t < rows; t++) { // only the columns in use: a narrow product fills a tenth of a tile
                Arrays.fill(low, t * TILE, t * TILE + columns, 0);
                Arrays.fill(high, t * TILE, t * TILE + columns, 0);
            }
            int delayed = 0;
            int slabRows = Math.min(SLAB, delay);
            for (int slab = 0; slab < source.length; slab += slabRows) {
                cancellation.check();
                int slabEnd = Math.min(source.length, slab + slabRows);
                if (delayed + slabEnd - slab > delay) {
                    reduce(low, rows, columns, field);
                    reduce(high, rows, columns, field);
                    delayed = 0;
                }
                for (int t = 0; t < rows; t++) {
                    int[] c = coefficients[first + t];
                    int k = slab;
                    for (; k + 2 <= slabEnd; k += 2) {
                        if ((c[k] | c[k + 1]) == 0) {
                            continue; // sparse coefficients: a structured model's blocks have many
                        }
                        accumulate(low, t * TILE, source[k], source[k + 1], from, columns, c[k] & 0xFFFF,
                                c[k + 1] & 0xFFFF);
                        accumulate(high, t * TILE, source[k], source[k + 1], from, columns, c[k] >>> 16,
                                c[k + 1] >>> 16);
                    }
                    if (k < slabEnd) {
                        accumulate(low, t * TILE, source[k], source[k], from, columns, c[k] & 0xFFFF, 0);
                        accumulate(high, t * TILE, source[k], source[k], from, columns, c[k] >>> 16, 0);
                    }
                }
                delayed += slabEnd - slab;
            }
            for (int t = 0; t < rows; t++) {
                int[] row = target[first + t];
                for (int j = 0; j < columns; j++) {
                    // below 2^31 + 2^31 + 2^47: one reduction of the whole
                    long sum = row[from + j] + field.reduce(low[t * TILE + j])
                            + (field.reduce(high[t * TILE + j]) << 16);
                    row[from + j] = (int) field.reduce(sum);
                }
            }
        }
    }

    /**
     * The inner loop: sums += a·s + b·t over one tile, for two rows s, t of S and their coefficients' halves a, b.
     * One loop per sum array and two rows per pass: C2 vectorises it (with the low and the high sums in one
     * loop it could not, not knowing the two arrays apart), and each load and store of a sum serves two products.
     */
    private static void accumulate(long[] sums, int at, int[] s, int[] t, int from, int columns, long a, long b) {
        for (int j = 0; j < columns; j++) {
            sums[at + j] += a * s[from + j] + b * t[from + j];
        }
    }

    /** Reduces the sums of {@code rows} rows of a tile, {@code columns} of each. */
    private static void reduce(long[] sums, int rows, int columns, PrimeField field) {
        for (int t = 0; t < rows; t++) {
            for (int j = t * TILE; j < t * TILE + columns; j++) {
                sums[j] = field.reduce(sums[j]);
            }
        }
    }
}
