package org.lawkeeper.eclipse.core.results;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.core.resources.IFile;
import org.lawkeeper.claims.analysis.DeclarationResult;
import org.lawkeeper.core.model.Model;

/**
 * The latest results per file, with the models they were computed for (custom models included), for
 * the Conservation Laws view and the plot and report jobs; listeners hear of every change.
 */
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

    /** The result of the class {@code type} of {@code file}, if any. */
    public Optional<DeclarationResult> declaration(IFile file, String type) {
        return byFile.getOrDefault(file, List.of()).stream().filter(r -> r.declaration().binaryName().equals(type))
                .findFirst();
    }

    /** The model analysed for the class {@code type} of {@code file}, if it could be built. */
    public Optional<Model> model(IFile file, String type) {
        return declaration(file, type).flatMap(DeclarationResult::definition);
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

    /** Forgets a file (deleted, or without declarations any more). */
    public void forget(IFile file) {
        put(file, List.of());
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
