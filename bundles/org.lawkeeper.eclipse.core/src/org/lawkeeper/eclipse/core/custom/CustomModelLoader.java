package org.lawkeeper.eclipse.core.custom;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jdt.core.IJavaProject;
import org.eclipse.jdt.core.JavaCore;
import org.eclipse.jdt.launching.IVMInstall;
import org.eclipse.jdt.launching.JavaRuntime;
import org.eclipse.osgi.util.NLS;
import org.lawkeeper.api.runner.ModelExport;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.CancelledException;
import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.eclipse.core.analysis.CustomModel;
import org.lawkeeper.eclipse.core.analysis.CustomModels;
import org.lawkeeper.eclipse.core.analysis.Messages;
import org.lawkeeper.eclipse.core.classpath.LibraryContainerInitializer;
import org.lawkeeper.eclipse.core.scan.Declaration;

/**
 * Runs a custom model's {@code define()} in a separate JVM on the project's runtime classpath, so that
 * user code can neither hang nor crash the IDE: the process is killed after the time budget or on
 * cancellation, and only its printed model ({@link ModelExport}) comes back.
 */
public final class CustomModelLoader implements CustomModels {
    private static final long POLL_MILLIS = 50;

    private final IProject project;
    private final Duration timeout;
    private final Cancellation cancellation;

    /** A loader for the custom models of {@code project}. */
    public CustomModelLoader(IProject project, Duration timeout, Cancellation cancellation) {
        this.project = project;
        this.timeout = timeout;
        this.cancellation = cancellation;
    }

    @Override
    public CustomModel define(Declaration declaration) throws LawkeeperException {
        IJavaProject java = JavaCore.create(project);
        if (!java.exists()) {
            throw new LawkeeperException(Messages.customNotJava);
        }
        Path output = null;
        try {
            output = Files.createTempFile("lawkeeper-model", ".txt");
            Process process = new ProcessBuilder(javaExecutable(java), "-cp", classpath(java),
                    ModelExport.class.getName(), declaration.binaryName())
                    .redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            await(process, declaration);
            List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
            return new CustomModel(ModelExport.read(lines), declaration.binaryName() + "#" + String.join("\n", lines).hashCode());
        } catch (IOException | CoreException e) {
            throw new LawkeeperException(NLS.bind(Messages.customFailed, declaration.typeName(), e.getMessage()), e);
        } finally {
            deleteQuietly(output);
        }
    }

    /** Waits for {@code process}, killing it when the budget runs out or the analysis is cancelled. */
    private void await(Process process, Declaration declaration) throws LawkeeperException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (cancellation.isCancelled()) {
                    process.destroyForcibly();
                    throw new CancelledException("analysis cancelled");
                }
                if (System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new LawkeeperException(NLS.bind(Messages.customTimeout, declaration.typeName(), timeout.toSeconds()));
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new CancelledException("analysis interrupted");
        }
    }

    /** The project's runtime classpath, after the Lawkeeper Library (which holds the exporter). */
    private static String classpath(IJavaProject java) throws CoreException {
        List<String> entries = new ArrayList<>();
        Arrays.stream(LibraryContainerInitializer.entries()).forEach(e -> entries.add(e.getPath().toOSString()));
        entries.addAll(Arrays.asList(JavaRuntime.computeDefaultRuntimeClassPath(java)));
        return String.join(File.pathSeparator, entries);
    }

    private static String javaExecutable(IJavaProject java) throws CoreException {
        IVMInstall vm = JavaRuntime.getVMInstall(java);
        File home = vm == null ? new File(System.getProperty("java.home")) : vm.getInstallLocation();
        return new File(home, "bin/java").getPath();
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a temporary file left behind is harmless
        }
    }
}
