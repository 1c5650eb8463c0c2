package org.lawkeeper.core.jet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.lawkeeper.core.linalg.PrimeField;

class JetArithmeticTest {
    private final PrimeField field = new PrimeField(2_147_483_629L);
    private final JetArithmetic_MODP jets = new JetArithmetic_MODP(field);

    @Test
    void barrettReductionMatchesRemainder() {
        SplittableRandom random = new SplittableRandom(7);
        long p = field.prime();
        for (int i = 0; i < 100_000; i++) {
            long a = random.nextLong(p);
            long b = random.nextLong(p);
            assertEquals(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).mod(BigInteger.valueOf(p)).longValue(),
                    field.multiply(a, b));
        }
        assertEquals(0, field.reduce(p * (p - 1)));
        assertEquals(p - 1, field.reduce(p * 3 + p - 1));
    }

    @Test
    void lazySumsSettleToTheReducedSums() {
        // the largest terms, p − 1 times p − 1, push the unreduced sums to their bound at every step
        SplittableRandom random = new SplittableRandom(3);
        long p = field.prime();
        long[] reduced = new long[4];
        long[] lazy = new long[4];
        for (int term = 0; term < 200_000; term++) {
            boolean largest = term % 2 == 0;
            long[] c = {largest ? p - 1 : random.nextLong(p)};
            long[] x = new long[4];
            for (int i = 0; i < 4; i++) {
                x[i] = largest ? p - 1 : random.nextLong(p);
            }
            jets.addScaled(c, 0, x, 0, reduced, 0, 4);
            jets.accumulate(c, 0, x, 0, lazy, 0, 4);
            for (long sum : lazy) {
                assertTrue(sum >= 0 && sum < (1L << 62) + p, "unreduced sum out of its bound: " + sum);
            }
        }
        jets.settle(lazy);
        assertArrayEquals(reduced, lazy);
    }

    @Test
    void inversesAndRationals() {
        assertEquals(1, field.multiply(12345, field.inverse(12345)));
        long half = field.fromRational(new BigFraction(1, 2));
        assertEquals(1, field.multiply(half, 2));
        assertEquals(new BigFraction(-3, 7), field.reconstruct(field.fromRational(new BigFraction(-3, 7))));
        assertThrows(ArithmeticException.class, () -> field.inverse(0));
    }

    @Test
    void randomPrimesLieInRangeAndDiffer() {
        SplittableRandom random = new SplittableRandom(1);
        PrimeField a = PrimeField.random(random);
        PrimeField b = PrimeField.random(random);
        assertTrue(a.prime() > (1L << 30) && a.prime() < (1L << 31));
        assertTrue(BigInteger.valueOf(b.prime()).isProbablePrime(50));
        assertTrue(a.prime() != b.prime());
        assertThrows(IllegalArgumentException.class, () -> new PrimeField(1_000_003));
        assertThrows(IllegalArgumentException.class, () -> new PrimeField((1L << 30) + 2));
    }

    @Test
    void dualNumbersCarryDerivatives() {
        // (2 + 3ε)(5 + 7ε) = 10 + 29ε
        long[] x = {2, 3};
        long[] y = {5, 7};
        long[] out = new long[2];
        jets.multiply(x, 0, y, 0, out, 0, 1);
        assertEquals(10, out[0]);
        assertEquals(29, out[1]);
        // (1 + ε1)(1 + ε2) = 1 + ε1 + ε2 + ε1ε2
        long[] a = {1, 1, 0, 0};
        long[] b = {1, 0, 1, 0};
        long[] c = new long[4];
        jets.multiply(a, 0, b, 0, c, 0, 2);
        assertEquals(1, c[0]);
        assertEquals(1, c[1]);
        assertEquals(1, c[2]);
        assertEquals(1, c[3]);
    }

    @Test
    void inverseTimesJetIsOneAtEveryOrder() {
        SplittableRandom random = new SplittableRandom(3);
        for (int order = 0; order <= 4; order++) {
            int size = 1 << order;
            long[] x = jets.random(size, random);
            long[] inverse = new long[size];
            assertTrue(jets.invert(x, 0, inverse, 0, order));
            long[] product = new long[size];
            jets.multiply(x, 0, inverse, 0, product, 0, order);
            assertEquals(1, product[0]);
            for (int s = 1; s < size; s++) {
                assertEquals(0, product[s]);
            }
        }
        assertFalse(jets.invert(new long[] {0, 1}, 0, new long[2], 0, 1));
    }

    @Test
    void magnitudeArithmeticBoundsCancellation() {
        JetArithmetic_F64 bounds = JetArithmetic_F64.magnitudes();
        double[] out = new double[1];
        bounds.subtract(new double[] {1.0}, 0, new double[] {1.0}, 0, out, 0, 1);
        assertEquals(2.0, out[0]);
        new JetArithmetic_F64().subtract(new double[] {1.0}, 0, new double[] {1.0}, 0, out, 0, 1);
        assertEquals(0.0, out[0]);
    }
}
