package org.lawkeeper.eclipse.tests;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
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
import org.lawkeeper.eclipse.core.markers.LawkeeperMarkers;

/** What the workbench tests share: building and waiting without blocking the UI thread, markers, screenshots. */
final class Workbench {
    private static final long TIMEOUT_MILLIS = 120_000;

    private Workbench() {
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    static Shell shell() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    }

    /** Builds incrementally and waits until the builds and the analyses they scheduled are done. */
    static void build(IProject project) throws CoreException {
        project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
        waitForAnalysis();
    }

    /** Processes UI events until no build or Lawkeeper analysis is waiting or running. */
    static void waitForAnalysis() {
        IJobManager jobs = Job.getJobManager();
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        do {
            processEvents(20);
        } while ((jobs.find(LawkeeperCore.JOB_FAMILY).length > 0
                || jobs.find(ResourcesPlugin.FAMILY_AUTO_BUILD).length > 0
                || jobs.find(ResourcesPlugin.FAMILY_MANUAL_BUILD).length > 0)
                && System.currentTimeMillis() < deadline);
        processEvents(50);
    }

    /** Lets the UI thread run for {@code millis}. */
    static void processEvents(long millis) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
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
        shell().setBounds(shell().getDisplay().getPrimaryMonitor().getBounds());
        processEvents(200);
    }

    /** Saves the workbench window as {@code target/screenshots/NAME.png}. */
    static File screenshot(String name) {
        return screenshotOf(shell(), name);
    }

    /** Saves {@code shell} as {@code target/screenshots/NAME.png}. */
    static File screenshotOf(Shell shell, String name) {
        Display display = shell.getDisplay();
        processEvents(300);
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
