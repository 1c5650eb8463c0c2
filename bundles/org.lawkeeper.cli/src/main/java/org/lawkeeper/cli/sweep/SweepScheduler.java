package org.lawkeeper.cli.sweep;

import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.lawkeeper.core.CancelledException;

/**
 * Computes a sweep's pending rows on a pool of threads, one row per task, and hands each finished row to
 * a sink on the calling thread, in the order they finish, so that the sink (the output files) needs no
 * locking and an interrupted run loses only the rows in flight.
 */
public final class SweepScheduler {

    /** The computation of one row; a failure of the row is a row with its error, not an exception. */
    @FunctionalInterface
    public interface RowTask {
        /** @throws CancelledException when the whole sweep was cancelled (Ctrl-C), not the row's own timeout */
        SweepRow compute(RowKey key) throws CancelledException;
    }

    private SweepScheduler() {
    }

    /**
     * Computes {@code pending} with {@code threads} threads.
     *
     * @throws CancelledException when a task reports that the sweep was cancelled; the rows still running
     *                            are interrupted and dropped
     */
    public static void run(List<RowKey> pending, int threads, RowTask task, Consumer<SweepRow> sink)
            throws CancelledException {
        if (pending.isEmpty()) {
            return;
        }
        AtomicInteger number = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, pending.size()), runnable -> {
            Thread thread = new Thread(runnable, "lawkeeper-sweep-" + number.incrementAndGet());
            thread.setDaemon(true); // a cancelled row still unwinding must not keep the JVM alive
            return thread;
        });
        try {
            CompletionService<SweepRow> rows = new ExecutorCompletionService<>(pool);
            pending.forEach(key -> rows.submit(() -> task.compute(key)));
            for (int i = 0; i < pending.size(); i++) {
                sink.accept(rows.take().get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException("sweep interrupted");
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case CancelledException cancelled -> throw cancelled;
                case RuntimeException runtime -> throw runtime;
                case Error error -> throw error;
                default -> throw new IllegalStateException(e.getCause());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
