package org.lawkeeper.core.polynomial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/** The products that pass over a factor 1 against BigFraction's own. */
class CoefficientsTest {

    @Test
    void productsAgreeWithBigFractionArithmetic() {
        SplittableRandom random = new SplittableRandom(9);
        for (int i = 0; i < 2_000; i++) {
            BigFraction a = fraction(random);
            BigFraction b = fraction(random);
            int k = random.nextInt(-3, 4);
            assertEquals(a.multiply(b), Coefficients.times(a, b), a + " * " + b);
            assertEquals(a.multiply(k), Coefficients.times(a, k), a + " * " + k);
        }
    }

    /** Often exactly 1 (in either form), else a small fraction of either sign, zero included. */
    private static BigFraction fraction(SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> BigFraction.ONE;
            case 1 -> new BigFraction(3, 3);
            default -> new BigFraction(random.nextInt(-5, 6), random.nextInt(1, 5));
        };
    }
}
