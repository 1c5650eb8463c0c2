package org.lawkeeper.harness.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lawkeeper.harness.property.Property;
import org.lawkeeper.harness.property.PropertyResult;
import org.lawkeeper.harness.property.PropertySettings;

class ShrinkerTest {
    private static final PropertySettings SETTINGS = PropertySettings.defaults().withTries(200).withSeed(9);

    @Test
    void listsShrinkToTheFewestSmallestElements() {
        Gen<List<Integer>> lists = Gens.lists(Gens.integers(0, 20), Gens.integers(0, 100));
        PropertyResult<List<Integer>> result = new Property<>(lists,
                list -> assertTrue(list.stream().mapToInt(Integer::intValue).sum() < 50)).check(SETTINGS);
        assertEquals(List.of(50), result.failure().orElseThrow().shrunk());
    }

    @Test
    void doublesShrinkToSimpleNumbers() {
        PropertyResult<Double> result = new Property<>(Gens.doubles(-10, 10, 0), x -> assertTrue(x < 3.1))
                .check(SETTINGS);
        assertEquals(3.25, result.failure().orElseThrow().shrunk());
    }

    @Test
    void flatMapAndMapShrinkThroughTheTape() {
        Gen<int[]> pairs = Gens.integers(1, 5).flatMap(n -> Gens.integers(0, 1000).map(k -> new int[] {n, k}));
        PropertyResult<int[]> result = new Property<>(pairs, p -> assertTrue(p[1] < 100 * p[0])).check(SETTINGS);
        int[] shrunk = result.failure().orElseThrow().shrunk();
        assertEquals(1, shrunk[0]);
        assertEquals(100, shrunk[1]);
    }

    @Test
    void filterDiscardsAfterItsBudgetAndTheRunStops() {
        Gen<Integer> impossible = Gens.integers(0, 10).filter(x -> x > 10);
        assertThrows(DiscardedException.class, () -> impossible.generate(Choices.fresh(1)));
        PropertyResult<Integer> result = new Property<>(impossible, x -> {
        }).check(SETTINGS.withMaxDiscardRatio(1));
        assertTrue(result.passed());
        assertEquals(0, result.tries());
        assertTrue(result.exhausted().orElseThrow().contains("discard budget"), result.summary());
    }

    @Test
    void theTimeBudgetStopsARunWithoutFailingIt() {
        PropertyResult<Integer> result = new Property<>(Gens.integers(0, 10), x -> {
        }).check(SETTINGS.withTimeBudget(Duration.ZERO));
        assertTrue(result.passed());
        assertTrue(result.exhausted().orElseThrow().startsWith("time budget"), result.summary());
    }

    @Test
    void replayingATapeGivesTheSameValue() {
        Gen<List<Double>> gen = Gens.lists(Gens.integers(1, 5), Gens.doubles(-1, 1, 0));
        Choices fresh = Choices.fresh(77);
        List<Double> value = gen.generate(fresh);
        assertEquals(value, gen.generate(Choices.replay(fresh.tape())));
    }
}
