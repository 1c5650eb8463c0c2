package org.lawkeeper.eclipse.core.projects;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jdt.core.JavaCore;
import org.lawkeeper.eclipse.core.builder.LawkeeperNature;
import org.lawkeeper.eclipse.core.classpath.LibraryContainerInitializer;

/** Services on projects: what the UI's commands and the tests call. */
public final class LawkeeperProjects {
    private LawkeeperProjects() {
    }

    /** Enables Lawkeeper on {@code project}: the nature (and builder) and, for Java projects, the Lawkeeper Library. */
    public static void enable(IProject project, IProgressMonitor monitor) throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, 2);
        LawkeeperNature.enable(project, progress.split(1));
        if (project.hasNature(JavaCore.NATURE_ID)) {
            LibraryContainerInitializer.addTo(JavaCore.create(project));
        }
        progress.worked(1);
    }
}
