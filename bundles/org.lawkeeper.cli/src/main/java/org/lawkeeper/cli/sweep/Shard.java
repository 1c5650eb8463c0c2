package org.lawkeeper.cli.sweep;

import java.util.List;
import org.lawkeeper.core.SpecException;

/**
 * Part {@code index} of {@code count} of a sweep, for spreading it over machines (a CI matrix, a Slurm
 * job array, an indexed Kubernetes Job). Shard i of n takes the contiguous rows
 * [⌊(i−1)·N/n⌋, ⌊i·N/n⌋) of the N rows in grid order, so the shards' tables, concatenated in shard order,
 * are the table of the whole sweep; their sizes differ by at most one row.
 */
public record Shard(int index, int count) {
    public static final Shard WHOLE = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count);
        }
    }

    /**
     * Reads {@code i/n}.
     *
     * @throws SpecException when the text is not two whole numbers with 1 ≤ i ≤ n
     */
    public static Shard parse(String text) throws SpecException {
        String[] parts = text.strip().split("/", -1);
        try {
            if (parts.length == 2) {
                int index = Integer.parseInt(parts[0].strip());
                int count = Integer.parseInt(parts[1].strip());
                if (count >= 1 && index >= 1 && index <= count) {
                    return new Shard(index, count);
                }
            }
        } catch (NumberFormatException e) {
            // reported below, with the form expected
        }
        throw new SpecException("--shard expects i/n with 1 ≤ i ≤ n, e.g. 2/5, got '" + text + "'");
    }

    /** This shard's rows of {@code rows}. */
    public <T> List<T> of(List<T> rows) {
        int n = rows.size();
        return rows.subList((int) ((long) (index - 1) * n / count), (int) ((long) index * n / count));
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
