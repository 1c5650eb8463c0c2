package org.lawkeeper.claims.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.lawkeeper.core.analysis.FlowLaws;

/**
 * Results by what decides them (settings, model, flow, law), never by where a claim stands: editing a
 * file elsewhere, or moving a claim, reuses them; only a changed declaration is recomputed. Bounded:
 * the least recently used results make room for new ones.
 */
public final class AnalysisCache {
    /** Enough for every claim of a large workspace; a few kilobytes each. */
    static final int CAPACITY = 4096;

    private final Map<String, Object> results;
    private final AtomicLong computations = new AtomicLong();

    public AnalysisCache() {
        this(CAPACITY);
    }

    AnalysisCache(int capacity) {
        results = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
                return size() > capacity;
            }
        };
    }

    /** How many claims and flows were computed rather than found here; for tests and diagnostics. */
    public long computations() {
        return computations.get();
    }

    /** How many results are kept. */
    public synchronized int size() {
        return results.size();
    }

    /** Forgets everything (a clean build). */
    public synchronized void clear() {
        results.clear();
    }

    synchronized Outcome outcome(String key) {
        return results.get("claim|" + key) instanceof Outcome o ? o : null;
    }

    synchronized FlowLaws flowLaws(String key) {
        return results.get("flow|" + key) instanceof FlowLaws f ? f : null;
    }

    synchronized void putOutcome(String key, Outcome outcome) {
        computations.incrementAndGet();
        results.put("claim|" + key, outcome);
    }

    synchronized void putFlowLaws(String key, FlowLaws result) {
        computations.incrementAndGet();
        results.put("flow|" + key, result);
    }
}
