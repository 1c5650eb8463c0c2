package org.lawkeeper.eclipse.core.analysis;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.core.resources.IFile;

/** The latest results per file, for the Conservation Laws view; listeners hear of every change. */
public final class AnalysisResults {
    private static final AnalysisResults WORKSPACE = new AnalysisResults();

    private final Map<IFile, List<DeclarationResult>> byFile = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** The results of the workspace. */
    public static AnalysisResults workspace() {
        return WORKSPACE;
    }

    /** A snapshot of all results. */
    public Map<IFile, List<DeclarationResult>> snapshot() {
        return Map.copyOf(byFile);
    }

    /** Records the results of a file; called from analysis jobs. */
    public void put(IFile file, List<DeclarationResult> results) {
        if (results.isEmpty()) {
            byFile.remove(file);
        } else {
            byFile.put(file, List.copyOf(results));
        }
        listeners.forEach(Runnable::run);
    }

    /** Registers {@code listener}, called in the analysis job's thread. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** Unregisters {@code listener}. */
    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }
}
