package org.lawkeeper.core;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Cooperative cancellation: a deadline and a flag that another thread may raise. Long loops call
 * {@link #check()} between units of work: counting, search, law parsing and expansion, the
 * independence test of a law's entries and exact verification all do.
 *
 * <p>Two ways to stop work, and {@link #check()} honours both: {@link #cancel()} (the CLI's Ctrl-C
 * handler calls it) and an interrupt of the working thread (an executor's {@code cancel(true)}). An
 * Eclipse job's Cancel only flags its progress monitor: the job's {@code canceling()} must call
 * {@link #cancel()} on the {@code Cancellation} it passed in, or interrupt the job's thread, which also
 * reaches code that took no {@code Cancellation} (such as {@code LawParser.parse(text, model, flow)}).
 * Budgets of any length are accepted: past about 292 years the deadline is never reached.
 */
public final class Cancellation {
    private final long startNanos;
    private final long budgetNanos;
    private final Cancellation parent;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    private Cancellation(Duration budget, Cancellation parent) {
        this.parent = parent;
        this.startNanos = System.nanoTime();
        this.budgetNanos = budget == null ? Long.MAX_VALUE : saturatedNanos(budget);
    }

    /** No deadline; cancelled only through {@link #cancel()} or an interrupt. */
    public static Cancellation none() {
        return new Cancellation(null, null);
    }

    /** Expires after {@code budget}, counted from now. */
    public static Cancellation after(Duration budget) {
        return new Cancellation(budget, null);
    }

    /** A child that expires after {@code budget} from now, and is cancelled whenever this one is. */
    public Cancellation withBudget(Duration childBudget) {
        return new Cancellation(childBudget, this);
    }

    public void cancel() {
        cancelled.set(true);
    }

    /** Whether {@link #cancel()} was called on this one or a parent (deadlines and interrupts aside). */
    public boolean isCancelled() {
        return cancelled.get() || parent != null && parent.isCancelled();
    }

    /** Throws once cancelled, past the deadline, or when the calling thread was interrupted. */
    public void check() throws CancelledException {
        if (parent != null) {
            parent.check();
        }
        if (cancelled.get() || Thread.currentThread().isInterrupted()) {
            throw new CancelledException("analysis cancelled");
        }
        if (System.nanoTime() - startNanos > budgetNanos) {
            throw new CancelledException("analysis timed out after " + formatBudget());
        }
    }

    private static long saturatedNanos(Duration budget) {
        return budget.compareTo(Duration.ofNanos(Long.MAX_VALUE)) >= 0 ? Long.MAX_VALUE : Math.max(0, budget.toNanos());
    }

    private String formatBudget() {
        double seconds = budgetNanos / 1e9;
        return (seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.valueOf(seconds)) + " s";
    }
}
