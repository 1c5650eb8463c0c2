package org.lawkeeper.eclipse.core.builder;

import java.util.Arrays;
import java.util.stream.Stream;
import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.lawkeeper.eclipse.core.LawkeeperCore;

/** The Lawkeeper nature: installs the builder on configure, removes it on deconfigure. */
public final class LawkeeperNature implements IProjectNature {
    private IProject project;

    /** Adds the nature (and so the builder) to {@code project}, unless it has it already. */
    public static void enable(IProject project, IProgressMonitor monitor) throws CoreException {
        IProjectDescription description = project.getDescription();
        if (!description.hasNature(LawkeeperCore.NATURE_ID)) {
            description.setNatureIds(Stream.concat(Arrays.stream(description.getNatureIds()),
                    Stream.of(LawkeeperCore.NATURE_ID)).toArray(String[]::new));
            project.setDescription(description, monitor);
        }
    }

    @Override
    public void configure() throws CoreException {
        IProjectDescription description = project.getDescription();
        ICommand[] commands = description.getBuildSpec();
        if (Arrays.stream(commands).anyMatch(c -> LawkeeperCore.BUILDER_ID.equals(c.getBuilderName()))) {
            return;
        }
        ICommand builder = description.newCommand();
        builder.setBuilderName(LawkeeperCore.BUILDER_ID);
        // after the Java builder, so that compile errors come first in the Problems view
        description.setBuildSpec(Stream.concat(Arrays.stream(commands), Stream.of(builder)).toArray(ICommand[]::new));
        project.setDescription(description, null);
    }

    @Override
    public void deconfigure() throws CoreException {
        IProjectDescription description = project.getDescription();
        description.setBuildSpec(Arrays.stream(description.getBuildSpec())
                .filter(c -> !LawkeeperCore.BUILDER_ID.equals(c.getBuilderName())).toArray(ICommand[]::new));
        project.setDescription(description, null);
    }

    @Override
    public IProject getProject() {
        return project;
    }

    @Override
    public void setProject(IProject value) {
        this.project = value;
    }
}
