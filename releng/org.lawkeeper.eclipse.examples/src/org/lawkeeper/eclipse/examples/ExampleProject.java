package org.lawkeeper.eclipse.examples;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jdt.core.IClasspathEntry;
import org.eclipse.jdt.core.IJavaProject;
import org.eclipse.jdt.core.JavaCore;
import org.eclipse.jdt.launching.JavaRuntime;
import org.lawkeeper.eclipse.core.custom.ProjectTrust;
import org.lawkeeper.eclipse.core.projects.LawkeeperProjects;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The example Java project: the annotated models under {@code examples/} of this bundle, in a Java
 * project with Lawkeeper enabled. Used by the demo IDE's first start ({@link ExampleStartup}) and the
 * workbench tests; not part of the shipped feature.
 */
public final class ExampleProject {
    /** The project's name. */
    public static final String NAME = "lawkeeper-examples";
    private static final String EXAMPLES = "examples";

    private ExampleProject() {
    }

    /**
     * Creates the project {@code name} with the example models named in {@code models} (simple class names
     * such as {@code TinyRelu}; all of them when none is named), or returns it when it exists.
     */
    public static IProject create(String name, IProgressMonitor monitor, String... models) throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (project.exists()) {
            return project;
        }
        IWorkspaceRunnable create = m -> {
            SubMonitor progress = SubMonitor.convert(m, 4);
            project.create(progress.split(1));
            project.open(progress.split(1));
            ProjectTrust.record(project, true); // Lawkeeper's own examples, created at the user's request
            IProjectDescription description = project.getDescription();
            description.setNatureIds(new String[] { JavaCore.NATURE_ID });
            project.setDescription(description, null);
            IFolder source = project.getFolder("src");
            source.create(true, true, null);
            IJavaProject java = JavaCore.create(project);
            java.setRawClasspath(new IClasspathEntry[] { JavaCore.newSourceEntry(source.getFullPath()),
                    JavaRuntime.getDefaultJREContainerEntry() }, project.getFullPath().append("bin"), null);
            copyExamples(source, List.of(models), progress.split(1));
            LawkeeperProjects.enable(project, progress.split(1));
        };
        ResourcesPlugin.getWorkspace().run(create, monitor);
        return project;
    }

    private static void copyExamples(IFolder source, List<String> models, IProgressMonitor monitor) throws CoreException {
        Bundle bundle = FrameworkUtil.getBundle(ExampleProject.class);
        List<URL> entries = Collections.list(bundle.findEntries(EXAMPLES, "*.java", true)).stream()
                .filter(entry -> models.isEmpty() || models.stream().anyMatch(m -> entry.getPath().endsWith("/" + m + ".java")))
                .toList();
        SubMonitor progress = SubMonitor.convert(monitor, entries.size());
        for (URL entry : entries) {
            String relative = entry.getPath().substring(entry.getPath().indexOf(EXAMPLES) + EXAMPLES.length() + 1);
            IFile file = source.getFile(relative);
            if (file.getParent() instanceof IFolder folder && !folder.exists()) {
                folder.create(true, true, null);
            }
            try (InputStream in = entry.openStream()) {
                file.create(in, true, progress.split(1));
            } catch (IOException e) {
                throw new CoreException(Status.error("cannot read " + entry, e));
            }
        }
    }
}
