package org.lawkeeper.eclipse.core.analysis;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Results by what decides them (settings, model, flow, law), never by where a claim stands: editing
 * a file elsewhere, or moving a claim, reuses them; only a changed declaration is recomputed.
 */
public final class AnalysisCache {
    private static final AnalysisCache WORKSPACE = new AnalysisCache();

    private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
    private final Map<String, FlowResult> flows = new ConcurrentHashMap<>();
    private final AtomicLong computations = new AtomicLong();

    /** The cache shared by every project of the workspace. */
    public static AnalysisCache workspace() {
        return WORKSPACE;
    }

    /** How many claims and flows were computed rather than found here; for tests and diagnostics. */
    public long computations() {
        return computations.get();
    }

    /** Forgets everything (a clean build). */
    public void clear() {
        outcomes.clear();
        flows.clear();
    }

    Outcome outcome(String key) {
        return outcomes.get(key);
    }

    FlowResult flow(String key) {
        return flows.get(key);
    }

    void putOutcome(String key, Outcome outcome) {
        computations.incrementAndGet();
        outcomes.put(key, outcome);
    }

    void putFlow(String key, FlowResult result) {
        computations.incrementAndGet();
        flows.put(key, result);
    }
}
