package org.lawkeeper.eclipse.ui.handlers;

import java.util.List;
import java.util.Objects;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

/** A command on the selected projects, run in a job so that the UI thread never waits for it. */
abstract class ProjectHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        List<IProject> projects = HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
                ? selection.stream().map(item -> Adapters.adapt(item, IResource.class)).filter(Objects::nonNull)
                        .map(IResource::getProject).distinct().toList()
                : List.of();
        if (!projects.isEmpty()) {
            Job job = Job.create(jobName(), (IProgressMonitor monitor) -> runOn(projects, monitor));
            job.setUser(true);
            job.schedule();
        }
        return null;
    }

    private IStatus runOn(List<IProject> projects, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, projects.size());
        try {
            for (IProject project : projects) {
                run(project, progress.split(1));
            }
            return Status.OK_STATUS;
        } catch (CoreException e) {
            return e.getStatus();
        }
    }

    /** The job's name. */
    abstract String jobName();

    /** The work on one project. */
    abstract void run(IProject project, IProgressMonitor monitor) throws CoreException;
}
