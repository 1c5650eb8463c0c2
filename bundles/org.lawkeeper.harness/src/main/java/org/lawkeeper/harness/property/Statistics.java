package org.lawkeeper.harness.property;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What a property run generated: labels counted per try, and coverage requirements ("at least 10 % of
 * the tries are momentum flows"). Inside a property body, label the current try with {@link #label}
 * and require coverage with {@link #cover}; the runner collects the labels of every judged try.
 */
public final class Statistics {
    private static final ThreadLocal<Statistics> CURRENT = new ThreadLocal<>();

    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, Double> required = new LinkedHashMap<>();
    private final Set<String> pending = new LinkedHashSet<>();
    private final Map<String, Integer> discards = new LinkedHashMap<>();
    private int tries;

    /** Labels the current try (ignored outside a property run and while shrinking). */
    public static void label(String label) {
        Statistics statistics = CURRENT.get();
        if (statistics != null) {
            statistics.pending.add(label);
        }
    }

    /** Labels the current try with {@code label} when {@code condition} holds and requires that this
     *  happens in at least {@code minPercent} % of the tries. */
    public static void cover(double minPercent, boolean condition, String label) {
        Statistics statistics = CURRENT.get();
        if (statistics != null) {
            statistics.required.merge(label, minPercent, Math::max);
            statistics.counts.putIfAbsent(label, 0);
            if (condition) {
                statistics.pending.add(label);
            }
        }
    }

    /**
     * Runs {@code body} with this object collecting the labels of one attempt. {@code discardReason}
     * then tells whether it was discarded (non-null: the reason, counted apart) or judged.
     */
    void collect(Runnable body, Supplier<String> discardReason) {
        Statistics previous = CURRENT.get();
        CURRENT.set(this);
        pending.clear();
        try {
            body.run();
        } finally {
            CURRENT.set(previous);
            String reason = discardReason.get();
            if (reason == null) {
                tries++;
                for (String label : pending) {
                    counts.merge(label, 1, Integer::sum);
                }
            } else {
                discards.merge(reason, 1, Integer::sum);
            }
            pending.clear();
        }
    }

    /** Discarded attempts by reason. */
    public Map<String, Integer> discards() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(discards));
    }

    /** Tries whose labels were counted. */
    public int tries() {
        return tries;
    }

    /** Judged tries per label, most frequent first. */
    public Map<String, Integer> counts() {
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted((a, b) -> Integer.compare(b.getValue(), a.getValue()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(sorted);
    }

    /** The share of tries carrying {@code label}, in percent. */
    public double percent(String label) {
        return tries == 0 ? 0 : 100.0 * counts.getOrDefault(label, 0) / tries;
    }

    /** The unmet coverage requirements, one line each. */
    public List<String> coverageProblems() {
        List<String> problems = new ArrayList<>();
        required.forEach((label, min) -> {
            if (percent(label) < min) {
                problems.add(String.format("coverage of '%s' is %.1f %%, below the required %.1f %%", label,
                        percent(label), min));
            }
        });
        return problems;
    }

    /** A table of labels with counts and percentages, most frequent first. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        counts().forEach((label, n) -> text.append(String.format("  %-40s %5d  %5.1f %%%n", label, n, percent(label))));
        discards.forEach((reason, n) -> text.append(String.format("  discarded (%s): %d%n", reason, n)));
        return text.toString();
    }
}
