package org.lawkeeper.eclipse.core.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.lawkeeper.claims.analysis.AnalysisCache;
import org.lawkeeper.claims.analysis.AnalysisSettings;
import org.lawkeeper.claims.analysis.DeclarationAnalyzer;
import org.lawkeeper.claims.analysis.DeclarationResult;
import org.lawkeeper.claims.findings.Findings;
import org.lawkeeper.claims.scan.Declaration;
import org.lawkeeper.claims.scan.DeclarationScanner;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.CancelledException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.eclipse.core.LawkeeperCore;
import org.lawkeeper.eclipse.core.custom.ProjectModels;
import org.lawkeeper.eclipse.core.markers.MarkerWriter;
import org.lawkeeper.eclipse.core.preferences.LawkeeperPreferences;
import org.lawkeeper.eclipse.core.results.AnalysisResults;

/**
 * Analyses the declarations of some files and replaces each file's markers once that file is done.
 * Jobs run side by side; a file analysed by a newer job is left to it (an older job neither analyses it
 * nor writes its markers), so an earlier build's markers never overwrite a later one's, and no lock is
 * held while user-controlled work runs. Cancelling stops between and inside claims; a file is then left
 * with its previous markers, never with part of the new ones. A declaration whose model is too large for a build
 * to wait for is handed to a {@link LargeModelJob}.
 */
public final class AnalysisJob extends CancellableJob {
    private static final AnalysisCache CACHE = new AnalysisCache();
    private static final AtomicLong GENERATIONS = new AtomicLong();
    /** The newest job scheduled for each file. */
    private static final Map<IFile, Long> NEWEST = new ConcurrentHashMap<>();

    private final Map<IFile, FileSnapshot> files;
    private final AnalysisSettings settings;
    private final long generation = GENERATIONS.incrementAndGet();
    /** Guards {@link #analysing}: an interrupt reaches the analysis it was meant for, and nothing after it. */
    private final Object interruption = new Object();
    /** The thread while it analyses a declaration, else null. */
    private Thread analysing;

    /**
     * The source and declarations of a file as the builder read them.
     *
     * @param source       the file's text
     * @param declarations the declarations found in it (empty to clear its markers)
     */
    public record FileSnapshot(String source, List<Declaration> declarations) {

        /** The file as it is now, with the declarations found in it. */
        public static FileSnapshot of(IFile file) throws CoreException {
            try (InputStream in = file.getContents(true)) {
                String source = new String(in.readAllBytes(), Charset.forName(file.getCharset()));
                return new FileSnapshot(source, DeclarationScanner.scan(source));
            } catch (IOException e) {
                throw new CoreException(Status.error("cannot read " + file.getFullPath(), e));
            }
        }
    }

    /** A job for {@code files}, in the given order; it supersedes older jobs for the same files. */
    public AnalysisJob(Map<IFile, FileSnapshot> files, AnalysisSettings settings) {
        super("Analysing Lawkeeper claims");
        this.files = files;
        this.settings = settings;
        files.keySet().forEach(file -> NEWEST.put(file, generation));
        setPriority(Job.BUILD);
    }

    /** The results cache shared by the workspace's analyses. */
    public static AnalysisCache cache() {
        return CACHE;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == LawkeeperCore.JOB_FAMILY;
    }

    /**
     * Raises the analysis' cancellation, which the counter and custom models poll, and interrupts the
     * analysing thread, which reaches work that polls only the thread's interrupt (parsing, expanding and
     * verifying a claimed law poll their own {@link Cancellation}, which heeds it).
     */
    @Override
    protected void canceling() {
        super.canceling();
        synchronized (interruption) {
            if (analysing != null) {
                analysing.interrupt();
            }
        }
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        int claims = files.values().stream().flatMap(f -> f.declarations().stream())
                .mapToInt(d -> d.claims().size() + 1).sum();
        SubMonitor progress = SubMonitor.convert(monitor, getName(), Math.max(1, claims));
        try {
            for (Map.Entry<IFile, FileSnapshot> file : files.entrySet()) {
                if (superseded(file.getKey())) {
                    continue;
                }
                DeclarationAnalyzer analyzer = new DeclarationAnalyzer(CACHE, settings, cancellation,
                        new ProjectModels(file.getKey().getProject(), settings.budget(), cancellation, Limits.DEFAULT),
                        Limits.DEFAULT);
                List<DeclarationResult> results = new ArrayList<>();
                Set<String> background = new HashSet<>();
                for (Declaration declaration : file.getValue().declarations()) {
                    progress.subTask(file.getKey().getName() + ": " + declaration.typeName());
                    if (progress.isCanceled()) {
                        return Status.CANCEL_STATUS;
                    }
                    results.add(analyseOrDefer(analyzer, file.getKey(), declaration, background));
                    progress.worked(declaration.claims().size() + 1);
                }
                if (progress.isCanceled()) {
                    return Status.CANCEL_STATUS; // results cut short by the cancel are no results
                }
                if (!superseded(file.getKey())) {
                    LargeModelJob.retain(file.getKey(), background);
                }
                publish(file.getKey(), file.getValue().source(), results);
            }
            return Status.OK_STATUS;
        } catch (CancelledException e) {
            return Status.CANCEL_STATUS;
        } catch (CoreException e) {
            LawkeeperCore.log("could not write Lawkeeper markers", e);
            return e.getStatus();
        }
    }

    /**
     * Analyses {@code declaration}, or leaves it to the background when its model is large: then its result is the
     * background analysis' when that is done, else what the marker says meanwhile. The key of a background analysis
     * the file still wants goes to {@code background}.
     */
    private DeclarationResult analyseOrDefer(DeclarationAnalyzer analyzer, IFile file, Declaration declaration,
            Set<String> background) throws CancelledException {
        OptionalLong large = LargeModelJob.backgroundDimension(declaration);
        return large.isEmpty() ? analyse(analyzer, declaration) : LargeModelJob.defer(file, declaration,
                large.getAsLong(), LawkeeperPreferences.largeModelSettings(file.getProject()), background);
    }

    /** Analyses {@code declaration} on this thread, which {@link #canceling()} may interrupt meanwhile. */
    private DeclarationResult analyse(DeclarationAnalyzer analyzer, Declaration declaration) throws CancelledException {
        synchronized (interruption) {
            analysing = Thread.currentThread();
        }
        try {
            return analyzer.analyse(declaration);
        } finally {
            synchronized (interruption) {
                analysing = null;
                Thread.interrupted(); // the worker thread goes on to other jobs: the interrupt was for this one
            }
        }
    }

    /** Writes the markers and results of a file, unless a newer job has taken the file over meanwhile. */
    private void publish(IFile file, String source, List<DeclarationResult> results) throws CoreException {
        synchronized (NEWEST) {
            if (superseded(file)) {
                return;
            }
            MarkerWriter.write(file, Findings.of(source, results));
            AnalysisResults.workspace().put(file, results);
        }
    }

    private boolean superseded(IFile file) {
        return NEWEST.getOrDefault(file, generation) > generation;
    }
}
