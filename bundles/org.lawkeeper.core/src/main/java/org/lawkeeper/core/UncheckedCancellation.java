package org.lawkeeper.core;

/**
 * Carries a {@link CancelledException} through code that may throw no checked exception — an evaluator's
 * algebra, a progress listener, a parallel stream — to the caller, who rethrows {@link #cancelled()}.
 */
public final class UncheckedCancellation extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient CancelledException cancelled;

    public UncheckedCancellation(CancelledException cause) {
        super(cause.getMessage(), cause, false, false);
        this.cancelled = cause;
    }

    /** {@link Cancellation#check()}, its exception carried unchecked. */
    public static void check(Cancellation cancellation) {
        try {
            cancellation.check();
        } catch (CancelledException e) {
            throw new UncheckedCancellation(e);
        }
    }

    /** The cancellation carried, to rethrow where checked exceptions may be thrown again. */
    public CancelledException cancelled() {
        return cancelled;
    }
}
