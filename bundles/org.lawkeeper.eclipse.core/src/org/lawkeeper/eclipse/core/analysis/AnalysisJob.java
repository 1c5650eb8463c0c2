package org.lawkeeper.eclipse.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.CancelledException;
import org.lawkeeper.eclipse.core.LawkeeperCore;
import org.lawkeeper.eclipse.core.custom.CustomModelLoader;
import org.lawkeeper.eclipse.core.markers.MarkerWriter;
import org.lawkeeper.eclipse.core.scan.Declaration;

/**
 * Analyses the declarations of some files and replaces each file's markers once that file is done.
 * Cancelling (or a newer build) stops between claims; a file is then left with its previous markers,
 * never with part of the new ones.
 */
public final class AnalysisJob extends Job {
    /** One analysis at a time, first come first served: an earlier build's markers never overwrite a later one's. */
    private static final ReentrantLock SEQUENTIAL = new ReentrantLock(true);

    private final Map<IFile, FileSnapshot> files;
    private final AnalysisSettings settings;
    private final Cancellation cancellation = Cancellation.none();

    /**
     * The source and declarations of a file as the builder read them.
     *
     * @param source       the file's text
     * @param declarations the declarations found in it (empty to clear its markers)
     */
    public record FileSnapshot(String source, List<Declaration> declarations) {
    }

    /** A job for {@code files}, in the given order. */
    public AnalysisJob(Map<IFile, FileSnapshot> files, AnalysisSettings settings) {
        super(Messages.analysing);
        this.files = files;
        this.settings = settings;
        setPriority(Job.BUILD);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == LawkeeperCore.JOB_FAMILY;
    }

    @Override
    protected void canceling() {
        cancellation.cancel(); // reaches the counter's inner loops, which poll it
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        // not a scheduling rule: the marker writes nest file rules, which a custom rule would have to contain
        SEQUENTIAL.lock();
        try {
            return analyse(monitor);
        } finally {
            SEQUENTIAL.unlock();
        }
    }

    private IStatus analyse(IProgressMonitor monitor) {
        int claims = files.values().stream().flatMap(f -> f.declarations().stream())
                .mapToInt(d -> d.claims().size() + 1).sum();
        SubMonitor progress = SubMonitor.convert(monitor, getName(), Math.max(1, claims));
        try {
            for (Map.Entry<IFile, FileSnapshot> file : files.entrySet()) {
                DeclarationAnalyzer analyzer = new DeclarationAnalyzer(AnalysisCache.workspace(), settings, cancellation,
                        new CustomModelLoader(file.getKey().getProject(), settings.budget(), cancellation));
                List<DeclarationResult> results = new ArrayList<>();
                for (Declaration declaration : file.getValue().declarations()) {
                    progress.subTask(file.getKey().getName() + ": " + declaration.typeName());
                    if (progress.isCanceled()) {
                        return org.eclipse.core.runtime.Status.CANCEL_STATUS;
                    }
                    results.add(analyzer.analyse(declaration));
                    progress.worked(declaration.claims().size() + 1);
                }
                MarkerWriter.write(file.getKey(), MarkerWriter.markers(file.getValue().source(), results));
                AnalysisResults.workspace().put(file.getKey(), results);
            }
            return org.eclipse.core.runtime.Status.OK_STATUS;
        } catch (CancelledException e) {
            return org.eclipse.core.runtime.Status.CANCEL_STATUS;
        } catch (CoreException e) {
            LawkeeperCore.log("could not write Lawkeeper markers", e);
            return e.getStatus();
        }
    }
}
