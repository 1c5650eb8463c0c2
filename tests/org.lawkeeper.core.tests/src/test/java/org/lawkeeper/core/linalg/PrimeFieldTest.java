package org.lawkeeper.core.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.Random;
import java.util.SplittableRandom;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/**
 * The primes of exact counts, drawn with an exact primality test that agrees with the probabilistic one, and the
 * residues of rationals in their fields.
 */
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

    /** The shortcuts (integers, parts that fit in a long) against BigInteger's residues and inverse. */
    @Test
    void rationalResiduesAgreeWithBigIntegerArithmetic() {
        SplittableRandom random = new SplittableRandom(3);
        PrimeField field = PrimeField.random(random);
        BigInteger p = BigInteger.valueOf(field.prime());
        for (int i = 0; i < 2_000; i++) {
            BigInteger num = new BigInteger(1 + random.nextInt(100), new Random(random.nextLong()));
            num = random.nextBoolean() ? num.negate() : num;
            BigInteger den = switch (i % 3) {
                case 0 -> BigInteger.ONE;
                case 1 -> BigInteger.valueOf(1 + random.nextLong(Long.MAX_VALUE));
                default -> new BigInteger(64 + random.nextInt(60), new Random(random.nextLong()));
            };
            if (den.mod(p).signum() == 0) {
                continue;
            }
            BigFraction value = new BigFraction(num, den);
            long expected = value.getNumerator().multiply(value.getDenominator().modInverse(p)).mod(p).longValue();
            assertEquals(expected, field.fromRational(value), value::toString);
        }
        for (BigInteger edge : new BigInteger[] {BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE),
                BigInteger.ONE.shiftLeft(63), BigInteger.ONE.shiftLeft(63).negate().subtract(BigInteger.ONE)}) {
            assertEquals(edge.mod(p).longValue(), field.fromRational(new BigFraction(edge)), edge::toString);
        }
        assertThrows(ArithmeticException.class, () -> field.fromRational(new BigFraction(BigInteger.ONE, p)));
    }

    @Test
    void refusesTheStrongPseudoprimeToBases2And3And5OfItsRange() {
        // 1,157,839,381 = 24,061 * 48,121 passes Miller-Rabin to the bases 2, 3 and 5; base 7 exposes it
        assertEquals(1_157_839_381L, 24_061L * 48_121L);
        assertThrows(IllegalArgumentException.class, () -> new PrimeField(1_157_839_381L));
    }
}
