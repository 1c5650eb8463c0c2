package org.lawkeeper.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.lawkeeper.core.CancelledException;

class SweepSchedulerTest {
    private static final List<RowKey> ROWS = RowKey.product(List.of("linear:1,1", "linear:2,2", "linear:3,3"),
            List.of("gf", "momentum"));

    @Test
    void everyPendingRowIsComputedOnceAndReachesTheSinkOnTheCallingThread() throws CancelledException {
        Set<RowKey> computed = ConcurrentHashMap.newKeySet();
        AtomicInteger calls = new AtomicInteger();
        List<SweepRow> sunk = new ArrayList<>();
        Thread caller = Thread.currentThread();
        SweepScheduler.run(ROWS, 3, key -> {
            calls.incrementAndGet();
            computed.add(key);
            return SweepRow.failed(key, "not counted in this test", 0, 1);
        }, row -> {
            assertEquals(caller, Thread.currentThread());
            sunk.add(row);
        });
        assertEquals(ROWS.size(), calls.get());
        assertEquals(Set.copyOf(ROWS), computed);
        assertEquals(Set.copyOf(ROWS), Set.copyOf(sunk.stream().map(SweepRow::key).toList()));
    }

    @Test
    void aCancelledSweepStopsWithCancellation() {
        AtomicInteger sunk = new AtomicInteger();
        CancelledException e = assertThrows(CancelledException.class, () -> SweepScheduler.run(ROWS, 1, key -> {
            throw new CancelledException("analysis cancelled");
        }, row -> sunk.incrementAndGet()));
        assertEquals("analysis cancelled", e.getMessage());
        assertEquals(0, sunk.get());
    }

    @Test
    void shardsCutTheRowsIntoContiguousPartsThatConcatenateToAll() throws Exception {
        List<Integer> rows = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        List<Integer> joined = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            List<Integer> part = Shard.parse(i + "/3").of(rows);
            assertTrue(part.size() == 3 || part.size() == 4, part.toString());
            joined.addAll(part);
        }
        assertEquals(rows, joined);
        assertEquals(List.of(), Shard.parse("5/12").of(List.of(1, 2)));
    }
}
