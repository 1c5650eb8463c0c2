package org.lawkeeper.eclipse.ui.handlers;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jdt.core.JavaCore;
import org.lawkeeper.eclipse.core.builder.LawkeeperNature;
import org.lawkeeper.eclipse.core.classpath.LibraryContainerInitializer;
import org.lawkeeper.eclipse.ui.Messages;

/** "Enable Lawkeeper": adds the nature (and builder) and, to Java projects, the Lawkeeper Library. */
public final class EnableHandler extends ProjectHandler {

    /** Enables Lawkeeper on {@code project}; what the command does, callable from tests. */
    public static void enable(IProject project, IProgressMonitor monitor) throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, 2);
        LawkeeperNature.enable(project, progress.split(1));
        if (project.hasNature(JavaCore.NATURE_ID)) {
            LibraryContainerInitializer.addTo(JavaCore.create(project));
        }
        progress.worked(1);
    }

    @Override
    String jobName() {
        return Messages.enableJob;
    }

    @Override
    void run(IProject project, IProgressMonitor monitor) throws CoreException {
        enable(project, monitor);
    }
}
