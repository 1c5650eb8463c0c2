package org.lawkeeper.eclipse.core.builder;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.lawkeeper.eclipse.core.jobs.AnalysisJob.FileSnapshot;
import org.lawkeeper.eclipse.core.jobs.AnalysisJob;
import org.lawkeeper.eclipse.core.jobs.LargeModelJob;
import org.lawkeeper.eclipse.core.markers.LawkeeperMarkers;
import org.lawkeeper.eclipse.core.preferences.LawkeeperPreferences;
import org.lawkeeper.eclipse.core.results.AnalysisResults;

/**
 * Finds the {@code @LawModel} declarations of the changed Java files (only those: an incremental build
 * never touches unrelated files) and hands them to an {@link AnalysisJob}. Scanning is a quick parse;
 * the analysis itself runs outside the build, so the workspace stays unlocked while it runs.
 */
public final class LawkeeperBuilder extends IncrementalProjectBuilder {
    /** Build argument that forces a check even when the project checks on demand only. */
    public static final String ON_DEMAND = "onDemand";
    private static final Set<String> ANALYSED = ConcurrentHashMap.newKeySet();

    @Override
    protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
        boolean demanded = args != null && args.containsKey(ON_DEMAND);
        if (!LawkeeperPreferences.checksOnSave(getProject()) && !demanded) {
            return null;
        }
        if (demanded) {
            LargeModelJob.forgetCancelled(getProject()); // asked for: cancelled background analyses start again
        }
        Map<IFile, FileSnapshot> files = new LinkedHashMap<>();
        // Results and conserved-claim annotations live in memory: the first build of a session sees all files.
        boolean firstThisSession = ANALYSED.add(getProject().getName());
        IResourceDelta delta = kind == FULL_BUILD || demanded || firstThisSession ? null : getDelta(getProject());
        if (delta == null) {
            getProject().accept(resource -> visit(resource, files));
        } else {
            delta.accept(change -> change.getKind() == IResourceDelta.REMOVED ? forget(change.getResource())
                    : visit(change.getResource(), files));
        }
        if (!files.isEmpty()) {
            AnalysisJob job = new AnalysisJob(files, LawkeeperPreferences.settings(getProject()));
            job.schedule();
        }
        return null;
    }

    @Override
    protected void clean(IProgressMonitor monitor) throws CoreException {
        AnalysisJob.cache().clear();
        LargeModelJob.forget(getProject());
        getProject().deleteMarkers(LawkeeperMarkers.PROBLEM, false, IResource.DEPTH_INFINITE);
        getProject().deleteMarkers(LawkeeperMarkers.CONSERVED, false, IResource.DEPTH_INFINITE);
    }

    /** Drops the results of a deleted file from the view. */
    private static boolean forget(IResource resource) {
        if (resource instanceof IFile file) {
            AnalysisResults.workspace().forget(file);
        }
        return true;
    }

    /** Collects {@code resource} when it is a Java source with declarations or Lawkeeper markers. */
    private static boolean visit(IResource resource, Map<IFile, FileSnapshot> files) throws CoreException {
        if (resource.isDerived() || resource.isTeamPrivateMember()) {
            return false; // output folders hold copies, not sources
        }
        if (resource instanceof IFile file && "java".equals(file.getFileExtension())) {
            FileSnapshot snapshot = FileSnapshot.of(file);
            if (!snapshot.declarations().isEmpty() || hasMarkers(file)) {
                files.put(file, snapshot);
            }
        }
        return true;
    }

    private static boolean hasMarkers(IFile file) throws CoreException {
        return file.findMaxProblemSeverity(LawkeeperMarkers.PROBLEM, false, IResource.DEPTH_ZERO) >= 0
                || file.findMarkers(LawkeeperMarkers.CONSERVED, false, IResource.DEPTH_ZERO).length > 0;
    }
}
