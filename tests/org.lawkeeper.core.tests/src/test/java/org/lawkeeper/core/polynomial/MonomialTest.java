package org.lawkeeper.core.polynomial;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MonomialTest {

    @Test
    void supportIsTheSortedDistinctVariables() {
        assertArrayEquals(new int[0], Monomial.ONE.support());
        assertArrayEquals(new int[] {0}, Monomial.of(0, 0, 0).support());
        assertArrayEquals(new int[] {1, 3}, Monomial.of(3, 1, 1).support());
        SplittableRandom random = new SplittableRandom(5);
        for (int trial = 0; trial < 200; trial++) {
            int[] variables = random.ints(random.nextInt(8), 0, 6).toArray();
            assertArrayEquals(Arrays.stream(variables).distinct().sorted().toArray(),
                    Monomial.of(variables).support(), Arrays.toString(variables));
        }
    }
}
