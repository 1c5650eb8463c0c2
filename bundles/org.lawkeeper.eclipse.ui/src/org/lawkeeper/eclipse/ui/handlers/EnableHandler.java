package org.lawkeeper.eclipse.ui.handlers;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.lawkeeper.eclipse.core.projects.LawkeeperProjects;
import org.lawkeeper.eclipse.ui.Messages;

/** "Enable Lawkeeper": the service {@link LawkeeperProjects#enable} on the selected projects. */
public final class EnableHandler extends ProjectHandler {

    @Override
    String jobName() {
        return Messages.enableJob;
    }

    @Override
    void run(IProject project, IProgressMonitor monitor) throws CoreException {
        LawkeeperProjects.enable(project, monitor);
    }
}
