package org.lawkeeper.eclipse.core.custom;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jdt.core.IJavaProject;
import org.eclipse.jdt.core.JavaCore;
import org.eclipse.jdt.launching.IVMInstall;
import org.eclipse.jdt.launching.JavaRuntime;
import org.lawkeeper.claims.custom.CustomModel;
import org.lawkeeper.claims.custom.CustomModels;
import org.lawkeeper.claims.custom.ForkedModels;
import org.lawkeeper.claims.scan.Declaration;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.eclipse.core.classpath.LibraryContainerInitializer;

/**
 * Custom models of a Java project: defined in a separate JVM ({@link ForkedModels}), run by the project's
 * own VM on its runtime class path after the jars of Lawkeeper's exporter — once the project is trusted
 * to run its code ({@link ProjectTrust}).
 */
public final class ProjectModels implements CustomModels {
    /** The bundles whose jars the exporter needs, besides the project's class path. */
    private static final List<String> EXPORTER = List.of("org.lawkeeper.claims", "org.lawkeeper.core",
            "org.hipparchus.core");

    private final IProject project;
    private final Duration timeout;
    private final Cancellation cancellation;
    private final Limits limits;

    /** Definitions for {@code project}, each within {@code timeout}, stopped by {@code cancellation}. */
    public ProjectModels(IProject project, Duration timeout, Cancellation cancellation, Limits limits) {
        this.project = project;
        this.timeout = timeout;
        this.cancellation = cancellation;
        this.limits = limits;
    }

    @Override
    public CustomModel define(Declaration declaration) throws LawkeeperException {
        if (!ProjectTrust.trusts(project)) {
            throw new LawkeeperException(notTrusted(project));
        }
        IJavaProject java = JavaCore.create(project);
        if (!java.exists()) {
            throw new LawkeeperException("custom models need a Java project");
        }
        try {
            return new ForkedModels(javaExecutable(java), classpath(java), timeout, cancellation, limits)
                    .define(declaration);
        } catch (CoreException e) {
            throw new LawkeeperException("cannot run " + declaration.typeName() + ".define(): " + e.getMessage(), e);
        }
    }

    /** Why the project's code did not run, and how to let it. */
    static String notTrusted(IProject project) {
        return "not run: project " + project.getName() + " is not trusted to run its code; to trust it, check \""
                + "Run this project's code to define custom models\" in its Properties > Lawkeeper, then build again";
    }

    /** The exporter's jars, then the project's runtime class path. */
    private static List<Path> classpath(IJavaProject java) throws CoreException {
        List<Path> entries = new ArrayList<>(LibraryContainerInitializer.jars(EXPORTER));
        Arrays.stream(JavaRuntime.computeDefaultRuntimeClassPath(java)).map(Path::of).forEach(entries::add);
        return entries;
    }

    private static Path javaExecutable(IJavaProject java) throws CoreException {
        IVMInstall vm = JavaRuntime.getVMInstall(java);
        File home = vm == null ? new File(System.getProperty("java.home")) : vm.getInstallLocation();
        return new File(home, "bin/java").toPath();
    }
}
