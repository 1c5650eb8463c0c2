package org.lawkeeper.core.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The primes of exact counts: drawn with an exact primality test that agrees with the probabilistic one. */
class PrimeFieldTest {

    @Test
    void drawsTheSamePrimesAsTheProbabilisticTestWould() {
        SplittableRandom random = new SplittableRandom(7);
        SplittableRandom replay = new SplittableRandom(7);
        for (int i = 0; i < 2_000; i++) {
            long expected;
            do {
                expected = (1L << 30) + 1 + replay.nextLong((1L << 30) - 1);
            } while (!BigInteger.valueOf(expected).isProbablePrime(64));
            assertEquals(expected, PrimeField.random(random).prime());
        }
    }

    @Test
    void acceptsExactlyThePrimesAtBothEndsOfItsRange() {
        for (long start : new long[] {(1L << 30) - 50, (1L << 31) - 30_000}) {
            for (long n = start; n < start + 30_000 && n < (1L << 31) + 50; n++) {
                boolean inRange = n > (1L << 30) && n < (1L << 31);
                if (inRange && BigInteger.valueOf(n).isProbablePrime(64)) {
                    assertEquals(n, new PrimeField(n).prime());
                } else {
                    long composite = n;
                    assertThrows(IllegalArgumentException.class, () -> new PrimeField(composite), () -> "" + composite);
                }
            }
        }
    }

    @Test
    void refusesTheStrongPseudoprimeToBases2And3And5OfItsRange() {
        // 1,157,839,381 = 24,061 * 48,121 passes Miller-Rabin to the bases 2, 3 and 5; base 7 exposes it
        assertEquals(1_157_839_381L, 24_061L * 48_121L);
        assertThrows(IllegalArgumentException.class, () -> new PrimeField(1_157_839_381L));
    }
}
