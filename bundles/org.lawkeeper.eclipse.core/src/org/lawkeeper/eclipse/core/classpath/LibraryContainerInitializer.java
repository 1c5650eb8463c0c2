package org.lawkeeper.eclipse.core.classpath;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jdt.core.ClasspathContainerInitializer;
import org.eclipse.jdt.core.IClasspathContainer;
import org.eclipse.jdt.core.IClasspathEntry;
import org.eclipse.jdt.core.IJavaProject;
import org.eclipse.jdt.core.JavaCore;
import org.lawkeeper.eclipse.core.LawkeeperCore;
import org.osgi.framework.Bundle;

/**
 * The "Lawkeeper Library" classpath container: the jars of the running IDE that a user's code compiles
 * against — the annotations, and for custom models the core's model API with the Hipparchus fractions
 * its polynomials use — added to a Java project the way JUnit's container adds JUnit.
 */
public final class LibraryContainerInitializer extends ClasspathContainerInitializer {
    /** The container's name, as the build path shows it. */
    public static final String NAME = "Lawkeeper Library";
    /** The container path to put on a project's classpath. */
    public static final IPath PATH = IPath.fromPortableString(LawkeeperCore.PLUGIN_ID + ".LIBRARY");
    /** The bundles the container holds: the annotations, and the core with the library its model API exposes. */
    static final List<String> BUNDLES = List.of("org.lawkeeper.api", "org.lawkeeper.core", "org.hipparchus.core");

    @Override
    public void initialize(IPath containerPath, IJavaProject project) throws CoreException {
        JavaCore.setClasspathContainer(containerPath, new IJavaProject[] { project },
                new IClasspathContainer[] { new LibraryContainer(containerPath, entries()) }, null);
    }

    /** Adds the container to {@code project}'s classpath, unless it is there already. */
    public static void addTo(IJavaProject project) throws CoreException {
        IClasspathEntry[] classpath = project.getRawClasspath();
        if (Arrays.stream(classpath).noneMatch(entry -> PATH.equals(entry.getPath()))) {
            IClasspathEntry[] extended = Arrays.copyOf(classpath, classpath.length + 1);
            extended[classpath.length] = JavaCore.newContainerEntry(PATH);
            project.setRawClasspath(extended, null);
        }
    }

    /** The library entries: one per bundle jar that the running platform has. */
    public static IClasspathEntry[] entries() {
        return jars(BUNDLES).stream().map(jar -> JavaCore.newLibraryEntry(IPath.fromOSString(jar.toString()), null, null))
                .toArray(IClasspathEntry[]::new);
    }

    /** The jars (or folders) of the named bundles that the running platform has. */
    public static List<Path> jars(List<String> bundles) {
        List<Path> jars = new ArrayList<>();
        for (String name : bundles) {
            location(Platform.getBundle(name)).ifPresent(file -> jars.add(file.toPath()));
        }
        return jars;
    }

    private static Optional<File> location(Bundle bundle) {
        try {
            return bundle == null ? Optional.empty() : FileLocator.getBundleFileLocation(bundle);
        } catch (IllegalStateException e) {
            LawkeeperCore.log("cannot locate " + bundle.getSymbolicName(), e);
            return Optional.empty();
        }
    }

    /** A fixed list of entries under the container's name. */
    private record LibraryContainer(IPath path, IClasspathEntry[] entries) implements IClasspathContainer {

        @Override
        public IClasspathEntry[] getClasspathEntries() {
            return entries.clone();
        }

        @Override
        public String getDescription() {
            return NAME;
        }

        @Override
        public int getKind() {
            return K_APPLICATION;
        }

        @Override
        public IPath getPath() {
            return path;
        }
    }
}
