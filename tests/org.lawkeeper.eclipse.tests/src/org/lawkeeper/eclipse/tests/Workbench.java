package org.lawkeeper.eclipse.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.IJobManager;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.lawkeeper.eclipse.core.LawkeeperCore;
import org.lawkeeper.eclipse.core.jobs.LargeModelJob;
import org.lawkeeper.eclipse.core.markers.LawkeeperMarkers;
import org.lawkeeper.eclipse.examples.ExampleProject;

/**
 * What the workbench tests share: projects of example models, building and waiting on conditions while
 * the UI thread keeps dispatching events (never sleeping for a fixed time), markers, screenshots.
 */
final class Workbench {
    private static final long TIMEOUT_MILLIS = 120_000;
    /** How often the event loop wakes up to test a condition when no event arrives. */
    private static final int POLL_MILLIS = 10;

    private Workbench() {
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    static Shell shell() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    }

    /**
     * A new project of its own for a test, with the example models named (all when none), built and analysed; the
     * background analyses of large models (Huge's takes an hour) are cancelled, and their markers say so.
     */
    static IProject project(String name, String... models) throws CoreException {
        IProject project = newProject(name, models);
        build(project);
        cancelLargeModels();
        return project;
    }

    /** The same project, not built yet. */
    static IProject newProject(String name, String... models) throws CoreException {
        IProject existing = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (existing.exists()) {
            existing.delete(true, null);
        }
        return ExampleProject.create(name, null, models);
    }

    /** Cancels the background analyses of large models and waits until their files are analysed again. */
    static void cancelLargeModels() {
        Job.getJobManager().cancel(LawkeeperCore.LARGE_MODEL_FAMILY);
        waitUntil("the cancelled background analyses to end", () -> LargeModelJob.scheduled().isEmpty());
        waitForAnalysis();
    }

    /** A new, empty, open project of its own for a test: no Java, no Lawkeeper nature. */
    static IProject emptyProject(String name) throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        project.create(null);
        project.open(null);
        return project;
    }

    /** Builds incrementally and waits until the builds and the analyses they scheduled are done. */
    static void build(IProject project) throws CoreException {
        project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
        waitForAnalysis();
    }

    /** Dispatches UI events until no build or Lawkeeper job is waiting or running. */
    static void waitForAnalysis() {
        IJobManager jobs = Job.getJobManager();
        waitUntil("builds and analyses to finish", () -> jobs.find(LawkeeperCore.JOB_FAMILY).length == 0
                && jobs.find(ResourcesPlugin.FAMILY_AUTO_BUILD).length == 0
                && jobs.find(ResourcesPlugin.FAMILY_MANUAL_BUILD).length == 0);
        flushEvents();
    }

    /** Dispatches UI events until {@code condition} holds; fails after two minutes, naming {@code what}. */
    static void waitUntil(String what, BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        boolean[] woken = { false };
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("timed out waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                woken[0] = false;
                display.timerExec(POLL_MILLIS, () -> woken[0] = true);
                while (!woken[0] && !display.readAndDispatch()) {
                    display.sleep();
                }
            }
        }
    }

    /** Dispatches the UI events that are waiting now (asynchronous refreshes, layouts, paints). */
    static void flushEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // until the queue is empty
        }
    }

    /** Lawkeeper's markers on {@code file}, each as {@code type severity line: message}, by line. */
    static List<String> markers(IFile file) throws CoreException {
        return Stream.of(LawkeeperMarkers.PROBLEM, LawkeeperMarkers.CONSERVED)
                .flatMap(type -> find(file, type).stream())
                .sorted(Comparator.comparingInt((IMarker m) -> m.getAttribute(IMarker.LINE_NUMBER, 0))
                        .thenComparing(Workbench::describe))
                .map(Workbench::describe).toList();
    }

    /** How {@link #markers(IFile)} shows the marker of a conserved claim. */
    static String conserved(int line, String flow, int entries, int fields) {
        return "conserved - " + line + ": Conserved under " + flow + " (certified: ⟨∇h, χ_i⟩ ≡ 0 as a polynomial identity for "
                + entries + (entries == 1 ? " entry" : " entries") + " and all " + fields + " generating fields)";
    }

    static String describe(IMarker marker) {
        try {
            String type = marker.getType().substring(LawkeeperCore.PLUGIN_ID.length() + 1);
            String severity = switch (marker.getAttribute(IMarker.SEVERITY, -1)) {
                case IMarker.SEVERITY_ERROR -> "error";
                case IMarker.SEVERITY_WARNING -> "warning";
                case IMarker.SEVERITY_INFO -> "info";
                default -> "-";
            };
            return type + " " + severity + " " + marker.getAttribute(IMarker.LINE_NUMBER, 0) + ": "
                    + marker.getAttribute(IMarker.MESSAGE, "");
        } catch (CoreException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<IMarker> find(IFile file, String type) {
        try {
            return Arrays.asList(file.findMarkers(type, false, IResource.DEPTH_ZERO));
        } catch (CoreException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The one problem marker of {@code kind} on {@code file}. */
    static IMarker only(IFile file, String kind) {
        List<IMarker> found = find(file, LawkeeperMarkers.PROBLEM).stream()
                .filter(m -> kind.equals(m.getAttribute(LawkeeperMarkers.KIND, ""))).toList();
        if (found.size() != 1) {
            fail(file.getName() + " has " + found.size() + " " + kind + " markers");
        }
        return found.get(0);
    }

    /** The types of the annotations in {@code model}, e.g. {@code org.lawkeeper.eclipse.ui.error}. */
    static List<String> annotationTypes(IAnnotationModel model) {
        List<String> types = new ArrayList<>();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            types.add(it.next().getType());
        }
        return types;
    }

    static String read(IFile file) throws CoreException {
        try (var in = file.getContents(true)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void write(IFile file, String text) throws CoreException {
        file.setContents(text.getBytes(StandardCharsets.UTF_8), IResource.FORCE | IResource.KEEP_HISTORY, null);
    }

    /** Gives the workbench window the whole virtual screen (Xvfb has no window manager to maximise it). */
    static void fillScreen() {
        Shell shell = shell();
        Rectangle screen = shell.getDisplay().getPrimaryMonitor().getBounds();
        shell.setBounds(screen);
        waitUntil("the window to fill the screen", () -> shell.getBounds().equals(screen));
        flushEvents();
    }

    /** Saves {@code shell} as {@code target/screenshots/NAME.png}, for people to look at. */
    static File screenshot(Shell shell, String name) {
        flushEvents();
        Display display = shell.getDisplay();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            File folder = new File(System.getProperty("lawkeeper.screenshots", "target/screenshots"));
            folder.mkdirs();
            File file = new File(folder, name + ".png");
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(file.getPath(), SWT.IMAGE_PNG);
            return file;
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
