package org.lawkeeper.core.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lawkeeper.core.linalg.Echelon_MODP;
import org.lawkeeper.core.linalg.GramSchmidt_F64;
import org.lawkeeper.core.linalg.PrimeField;

/** Both trackers find the rank of random products A·B with A n×r and B r×m. */
class RankTrackerTest {

    @ParameterizedTest(name = "{0} vectors of rank {1} in dimension {2}")
    @CsvSource({"10,3,12", "40,40,40", "50,17,64", "5,1,9", "120,100,100"})
    void ranksOfLowRankProducts(int count, int rank, int dimension) {
        SplittableRandom random = new SplittableRandom(count * 31L + rank);
        PrimeField field = new PrimeField(2_147_483_629L);
        long[][] a = new long[count][rank];
        long[][] b = new long[rank][dimension];
        double[][] af = new double[count][rank];
        double[][] bf = new double[rank][dimension];
        for (int i = 0; i < count; i++) {
            for (int k = 0; k < rank; k++) {
                a[i][k] = field.randomElement(random);
                af[i][k] = random.nextGaussian();
            }
        }
        for (int k = 0; k < rank; k++) {
            for (int j = 0; j < dimension; j++) {
                b[k][j] = field.randomElement(random);
                bf[k][j] = random.nextGaussian();
            }
        }
        Echelon_MODP exact = new Echelon_MODP(field, dimension);
        GramSchmidt_F64 floating = new GramSchmidt_F64(dimension, 1e-9);
        for (int i = 0; i < count; i++) {
            long[] row = new long[dimension];
            double[] rowf = new double[dimension];
            double scale = 0;
            for (int j = 0; j < dimension; j++) {
                for (int k = 0; k < rank; k++) {
                    row[j] = field.add(row[j], field.multiply(a[i][k], b[k][j]));
                    rowf[j] += af[i][k] * bf[k][j];
                    scale = Math.max(scale, Math.abs(af[i][k] * bf[k][j]));
                }
            }
            exact.add(row);
            floating.add(rowf, scale);
        }
        int expected = Math.min(count, Math.min(rank, dimension));
        assertEquals(expected, exact.rank());
        assertEquals(expected, floating.rank());
        assertFalse(exact.add(new long[dimension]));
    }

    @org.junit.jupiter.api.Test
    void overflowIsAnErrorNotANewDirection() {
        GramSchmidt_F64 floating = new GramSchmidt_F64(2, 1e-9);
        assertThrows(ArithmeticException.class, () -> floating.add(new double[] {Double.NaN, 1}, 1));
    }
}
