package org.lawkeeper.core;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Cooperative cancellation: a deadline and a flag that another thread (a Ctrl-C handler, an
 * Eclipse job's monitor) may raise. Long loops call {@link #check()} between units of work.
 */
public final class Cancellation {
    private final long deadlineNanos;
    private final Duration budget;
    private final Cancellation parent;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    private Cancellation(Duration budget, Cancellation parent) {
        this.budget = budget;
        this.parent = parent;
        this.deadlineNanos = budget == null ? Long.MAX_VALUE : System.nanoTime() + budget.toNanos();
    }

    /** No deadline; cancelled only through {@link #cancel()}. */
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
        if (System.nanoTime() > deadlineNanos) {
            throw new CancelledException("analysis timed out after " + formatBudget());
        }
    }

    private String formatBudget() {
        double seconds = budget.toMillis() / 1000.0;
        return (seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.valueOf(seconds)) + " s";
    }
}
