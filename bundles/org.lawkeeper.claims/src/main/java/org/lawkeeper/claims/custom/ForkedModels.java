package org.lawkeeper.claims.custom;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hipparchus.fraction.BigFraction;
import org.lawkeeper.claims.scan.Declaration;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.CancelledException;
import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.model.Model;

/**
 * Defines custom models in a separate JVM, so that user code can neither hang nor crash its host (the
 * IDE, a build): the child gets a bounded heap, its output is read up to a bound, and it is killed —
 * with every process it started — when the time budget runs out or the analysis is cancelled. Only the
 * model it prints ({@link ModelProtocol}) comes back, checked against the size limits.
 */
public final class ForkedModels implements CustomModels {
    /** The child's heap: ample for a definition, and no threat to its host. */
    static final String HEAP = "-Xmx256m";
    /** The most a child may print: a model larger than this is larger than any limit anyway. */
    static final int MAX_OUTPUT = 16 << 20;
    private static final long POLL_MILLIS = 20;
    private static final long KILL_WAIT_SECONDS = 5;

    private final Path java;
    private final List<Path> classpath;
    private final Duration timeout;
    private final Cancellation cancellation;
    private final Limits limits;

    /**
     * @param java         the {@code java} executable to run
     * @param classpath    the exporter's class path ({@link #exporterClasspath()}) followed by the project's
     * @param timeout      how long one definition may take
     * @param cancellation stops the child when raised
     * @param limits       the size limits the defined model must respect
     */
    public ForkedModels(Path java, List<Path> classpath, Duration timeout, Cancellation cancellation, Limits limits) {
        this.java = java;
        this.classpath = List.copyOf(classpath);
        this.timeout = timeout;
        this.cancellation = cancellation;
        this.limits = limits;
    }

    /**
     * The jars that hold the exporter and what it needs (this library, the core, Hipparchus), found from
     * where their classes were loaded; for hosts that load them from plain jars (a build, the command line).
     */
    public static List<Path> exporterClasspath() {
        return List.of(location(ModelExporter.class), location(Model.class), location(BigFraction.class));
    }

    /**
     * Custom models of a project whose classes and libraries are {@code projectClasspath}, defined by the JVM that
     * runs this code after the {@linkplain #exporterClasspath() exporter's jars}: for hosts that load Lawkeeper
     * from plain jars (a build, the command line).
     */
    public static ForkedModels forProject(List<Path> projectClasspath, Duration timeout, Cancellation cancellation,
            Limits limits) {
        List<Path> classpath = new ArrayList<>(exporterClasspath());
        classpath.addAll(projectClasspath);
        return new ForkedModels(Path.of(System.getProperty("java.home"), "bin", "java"), classpath, timeout,
                cancellation, limits);
    }

    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("cannot locate the jar of " + type.getName(), e);
        }
    }

    @Override
    public CustomModel define(Declaration declaration) throws LawkeeperException {
        List<String> command = new ArrayList<>(List.of(java.toString(), HEAP, "-XX:+UseSerialGC",
                "-Djava.awt.headless=true", "-cp", String.join(File.pathSeparator, classpath.stream()
                        .map(Path::toString).toList()), ModelExporter.class.getName(), declaration.binaryName()));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new LawkeeperException("cannot run " + declaration.typeName() + ".define(): " + e.getMessage(), e);
        }
        Output output = new Output(process);
        await(process, output, declaration);
        String text = output.text();
        List<String> lines = text.lines().toList();
        Model model = ModelProtocol.read(lines, limits);
        return new CustomModel(model, declaration.binaryName() + "#" + text.hashCode());
    }

    /** Waits for {@code process}, killing it (and its descendants) on timeout, cancellation or excess output. */
    private void await(Process process, Output output, Declaration declaration) throws LawkeeperException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (cancellation.isCancelled()) {
                    kill(process);
                    throw new CancelledException("analysis cancelled");
                }
                if (System.nanoTime() > deadline) {
                    kill(process);
                    throw new LawkeeperException(declaration.typeName() + ".define() did not finish within "
                            + timeout.toSeconds() + " s");
                }
                if (output.overflowed()) {
                    kill(process);
                    throw new LawkeeperException(declaration.typeName() + ".define() printed more than "
                            + (MAX_OUTPUT >> 20) + " MB");
                }
            }
            output.join();
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new CancelledException("analysis interrupted");
        }
        if (output.overflowed()) {
            throw new LawkeeperException(declaration.typeName() + ".define() printed more than " + (MAX_OUTPUT >> 20)
                    + " MB");
        }
    }

    /**
     * Kills the child and every process it started (looked up while the child still lives), and waits a
     * little for them to be gone, so that nothing of a definition outlives the call.
     */
    static void kill(Process process) {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(KILL_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | TimeoutException e) {
                // the kernel has the kill; nothing more to do from here
            }
        }
    }

    /** Reads the child's standard output on a thread of its own, up to {@link #MAX_OUTPUT} bytes. */
    private static final class Output {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final AtomicBoolean overflow = new AtomicBoolean();
        private final Thread reader;

        Output(Process process) {
            reader = new Thread(() -> read(process.getInputStream()), "lawkeeper-custom-model-output");
            reader.setDaemon(true);
            reader.start();
        }

        private void read(InputStream in) {
            byte[] buffer = new byte[8192];
            try (in) {
                for (int n; (n = in.read(buffer)) >= 0;) {
                    synchronized (bytes) {
                        if (bytes.size() + n > MAX_OUTPUT) {
                            overflow.set(true);
                            return;
                        }
                        bytes.write(buffer, 0, n);
                    }
                }
            } catch (IOException e) {
                // the child was killed or closed its output: what was read stands
            }
        }

        boolean overflowed() {
            return overflow.get();
        }

        void join() throws InterruptedException {
            reader.join();
        }

        String text() {
            synchronized (bytes) {
                return bytes.toString(StandardCharsets.UTF_8);
            }
        }
    }
}
