package org.lawkeeper.core.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.CancelledException;

/** Block elimination against the one-vector-at-a-time echelon form, on random matrices of known rank. */
class BlockEchelonTest {

    @ParameterizedTest(name = "{0} columns, rank {1}, blocks of {2}")
    @CsvSource({"1, 1, 1", "7, 3, 2", "40, 40, 5", "60, 25, 7", "200, 150, 64", "300, 299, 33", "90, 0, 4"})
    void agreesWithTheSequentialEchelonForm(int columns, int rank, int blockSize) throws Exception {
        SplittableRandom random = new SplittableRandom(columns * 31L + rank);
        PrimeField field = PrimeField.random(random);
        List<long[]> vectors = randomVectorsOfRank(field, columns, rank, rank + 2 * blockSize + 3, random);
        Echelon_MODP sequential = new Echelon_MODP(field, columns);
        BlockEchelon_MODP blocks = new BlockEchelon_MODP(field, columns, Cancellation.none());
        for (int from = 0; from < vectors.size(); from += blockSize) {
            List<long[]> block = vectors.subList(from, Math.min(vectors.size(), from + blockSize));
            int before = sequential.rank();
            block.forEach(sequential::add);
            assertEquals(sequential.rank() - before, blocks.addBlock(block), "rank gained by the block at " + from);
        }
        assertEquals(rank, blocks.rank());
    }

    @Test
    void dependentVectorsInsideOneBlockCountOnce() throws Exception {
        PrimeField field = new PrimeField(2147483647L);
        long p = field.prime();
        long[] v = {1, 2, p - 1, 0};
        long[] twice = {2, 4, p - 2, 0};
        long[] other = {0, 0, 0, p - 1};
        BlockEchelon_MODP span = new BlockEchelon_MODP(field, 4, Cancellation.none());
        assertEquals(2, span.addBlock(List.of(v, twice, other, new long[4])));
        assertEquals(0, span.addBlock(List.of(twice, other)));
        assertEquals(1, span.addBlock(List.of(new long[] {0, 1, 0, 0})));
    }

    @Test
    void aCancelledCountStopsInsideTheElimination() {
        Cancellation cancellation = Cancellation.none();
        SplittableRandom random = new SplittableRandom(3);
        PrimeField field = PrimeField.random(random);
        BlockEchelon_MODP span = new BlockEchelon_MODP(field, 50, cancellation);
        List<long[]> vectors = randomVectorsOfRank(field, 50, 50, 10, random);
        cancellation.cancel();
        assertThrows(CancelledException.class, () -> span.addBlock(vectors));
    }

    /** The delayed sums are reduced every {@code delay} rows of S: here every 3, against the plain product. */
    @Test
    void delayedReductionMatchesThePlainProductAtTheLargestEntries() throws Exception {
        PrimeField field = new PrimeField(2147483647L);
        long p = field.prime();
        SplittableRandom random = new SplittableRandom(11);
        int rows = 9;
        int depth = 70;
        int width = 300;
        List<int[]> target = new ArrayList<>();
        int[][] coefficients = new int[rows][depth];
        List<int[]> source = new ArrayList<>();
        for (int t = 0; t < rows; t++) {
            boolean largest = t == 0;
            target.add(random.ints(width, 0, (int) p).map(x -> largest ? (int) p - 1 : x).toArray());
            coefficients[t] = random.ints(depth, 0, (int) p).map(x -> largest ? (int) p - 1 : x).toArray();
        }
        for (int k = 0; k < depth; k++) {
            int row = k;
            source.add(random.ints(width, 0, (int) p).map(x -> row % 2 == 0 ? (int) p - 1 : x).toArray());
        }
        long[][] expected = new long[rows][width];
        for (int t = 0; t < rows; t++) {
            for (int j = 0; j < width; j++) {
                long sum = target.get(t)[j];
                for (int k = 0; k < depth; k++) {
                    sum = field.add(sum, field.multiply(coefficients[t][k], source.get(k)[j]));
                }
                expected[t][j] = sum;
            }
        }
        ModularProduct.addProduct(target, coefficients, source, width, field, Cancellation.none(), 3);
        for (int t = 0; t < rows; t++) {
            assertArrayEquals(expected[t], Arrays.stream(target.get(t)).asLongStream().toArray(), "row " + t);
        }
    }

    /** {@code count} random combinations of {@code rank} random vectors. */
    private static List<long[]> randomVectorsOfRank(PrimeField field, int columns, int rank, int count,
            SplittableRandom random) {
        long[][] basis = new long[rank][columns];
        for (long[] row : basis) {
            Arrays.setAll(row, j -> field.randomElement(random));
        }
        List<long[]> vectors = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long[] v = new long[columns];
            for (long[] row : basis) {
                long c = field.randomElement(random);
                for (int j = 0; j < columns; j++) {
                    v[j] = field.add(v[j], field.multiply(c, row[j]));
                }
            }
            vectors.add(v);
        }
        return vectors;
    }
}
