package org.lawkeeper.harness.gen;

import java.util.ArrayList;
import java.util.List;

/** Primitive generators; every one maps choice 0 to its simplest value. */
public final class Gens {
    private static final long FRACTION_BITS = 1L << 52;
    /** Choices below this encode simple numbers (multiples of 1/4). */
    private static final long SIMPLE_CHOICES = 1L << 12;

    private Gens() {
    }

    /** Always {@code value}. */
    public static <T> Gen<T> constant(T value) {
        return choices -> value;
    }

    /** Integers in [min, max], shrinking towards min. */
    public static Gen<Integer> integers(int min, int max) {
        if (min > max) {
            throw new IllegalArgumentException("empty range [" + min + ", " + max + "]");
        }
        return choices -> (int) (min + choices.draw((long) max - min + 1));
    }

    /**
     * Doubles in [min, max], shrinking towards {@code simplest} (which must lie in the range). The
     * smallest choices stand for simple numbers, {@code simplest ± k/4}; all others for a side and a
     * distance, smaller choices being closer. Random draws almost never land on a simple number, so
     * generated values are generic, while shrinking passes through the simple ones first.
     */
    public static Gen<Double> doubles(double min, double max, double simplest) {
        if (!(min <= simplest && simplest <= max)) {
            throw new IllegalArgumentException(simplest + " outside [" + min + ", " + max + "]");
        }
        return choices -> {
            long choice = choices.draw(2 * FRACTION_BITS);
            // the low bit picks the side, unless simplest is an end of the range and there is only one side
            boolean below = simplest == max || simplest > min && (choice & 1) == 1;
            double value;
            if (choice < SIMPLE_CHOICES) {
                double quarters = (choice >>> 1) / 4.0;
                value = below ? simplest - quarters : simplest + quarters;
            } else {
                double fraction = (double) (choice >>> 1) / FRACTION_BITS;
                value = below ? simplest - fraction * (simplest - min) : simplest + fraction * (max - simplest);
            }
            return Math.max(min, Math.min(max, value));
        };
    }

    /** One of {@code values}, shrinking towards the first. */
    @SafeVarargs
    public static <T> Gen<T> oneOf(T... values) {
        List<T> list = List.of(values);
        return choices -> list.get((int) choices.draw(list.size()));
    }

    /** The value of one of {@code generators}, shrinking towards the first. */
    @SafeVarargs
    public static <T> Gen<T> frequency(Gen<? extends T>... generators) {
        List<Gen<? extends T>> list = List.of(generators);
        return choices -> list.get((int) choices.draw(list.size())).generate(choices);
    }

    /** Lists of {@code size} elements of {@code element}; shrinking the size shrinks towards fewer elements. */
    public static <T> Gen<List<T>> lists(Gen<Integer> size, Gen<T> element) {
        return choices -> {
            int n = size.generate(choices);
            List<T> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(element.generate(choices));
            }
            return list;
        };
    }

    /** Arrays of {@code length} doubles from {@code element}. */
    public static Gen<double[]> arrays(int length, Gen<Double> element) {
        return choices -> {
            double[] values = new double[length];
            for (int i = 0; i < length; i++) {
                values[i] = element.generate(choices);
            }
            return values;
        };
    }
}
