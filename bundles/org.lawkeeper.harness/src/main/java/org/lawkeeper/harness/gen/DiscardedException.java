package org.lawkeeper.harness.gen;

/**
 * Thrown while generating or checking when a try should be thrown away rather than judged: a filter
 * gave up, or the case is outside what the property is about. Counted against the discard budget.
 */
public final class DiscardedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DiscardedException(String reason) {
        super(reason, null, false, false);
    }
}
