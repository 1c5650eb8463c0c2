package org.lawkeeper.eclipse.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lawkeeper.claims.analysis.AnalysisSettings;
import org.lawkeeper.claims.scan.DeclarationScanner;
import org.lawkeeper.core.count.CountOptions;
import org.lawkeeper.eclipse.core.jobs.AnalysisJob.FileSnapshot;
import org.lawkeeper.eclipse.core.jobs.AnalysisJob;
import org.lawkeeper.eclipse.core.markers.LawkeeperMarkers;

/** A long analysis: the UI thread keeps running while it works, and cancelling it writes no marker. */
class AnalysisJobTest {
    private static final AnalysisSettings SETTINGS = new AnalysisSettings(Duration.ofMinutes(5), CountOptions.DEFAULT_SEED,
            true, 1e-9, 20);
    /**
     * Generous for a loaded machine (at a load of 19 on 2 cores the scheduler alone stalled the UI thread for
     * 290 ms), far below the minutes of an analysis that ran on the UI thread.
     */
    private static final long MAX_STALL_MILLIS = 1000;
    /** Generous for a loaded machine, far below the minutes the analysis would take without the cancel. */
    private static final long MAX_CANCEL_MILLIS = 30_000;

    private static IProject project;

    @BeforeAll
    static void createProject() throws Exception {
        project = Workbench.emptyProject("cancellation");
    }

    @AfterAll
    static void deleteProject() throws Exception {
        project.delete(true, null);
    }

    @Test
    void cancellingALongAnalysisKeepsTheLastCompleteMarkersAndTheUiResponsive() throws Exception {
        IFile file = project.getFile("Slow.java");
        String quick = """
                @LawModel("linear:2,3,2")
                @Conserves(flow = "gf", law = "U1^T*U1 - U2*U2^T")
                class Slow {}
                """;
        file.create(quick.getBytes(StandardCharsets.UTF_8), true, false, null);
        run(new AnalysisJob(Map.of(file, new FileSnapshot(quick, DeclarationScanner.scan(quick))), SETTINGS));
        List<IMarker> before = Workbench.find(file, LawkeeperMarkers.CONSERVED);
        assertEquals(1, before.size());

        // 800 parameters under momentum (state dimension 1601), not enough for the background: counting and searching
        // its laws takes far longer than this test waits
        String slow = quick.replace("linear:2,3,2", "linear:20,20,20").replace("\"gf\"", "\"momentum\"");
        AnalysisJob job = new AnalysisJob(Map.of(file, new FileSnapshot(slow, DeclarationScanner.scan(slow))), SETTINGS);
        job.schedule();
        Workbench.waitUntil("the analysis to run", () -> job.getState() == Job.RUNNING);
        Workbench.flushEvents(); // the UI's reaction to the first run's markers is not the analysis' doing
        long stall = longestStall(job, 1500);
        job.cancel();
        long cancelled = System.currentTimeMillis();
        run(job);
        long took = System.currentTimeMillis() - cancelled;
        assertTrue(took < MAX_CANCEL_MILLIS, "cancellation took " + took + " ms");
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
        assertEquals(before, Workbench.find(file, LawkeeperMarkers.CONSERVED), "the previous markers are still there");
        assertEquals(List.of(), Workbench.find(file, LawkeeperMarkers.PROBLEM), "no marker of the cancelled run");
        assertTrue(stall < MAX_STALL_MILLIS, "the UI thread stalled for " + stall + " ms");
    }

    /** Runs the event loop for {@code millis} while {@code job} runs; the longest gap between 10 ms timer ticks. */
    private static long longestStall(Job job, long millis) {
        Display display = Display.getCurrent();
        long[] last = { System.currentTimeMillis() };
        long[] longest = { 0 };
        boolean[] done = { false };
        Runnable tick = new Runnable() {
            @Override
            public void run() {
                long now = System.currentTimeMillis();
                longest[0] = Math.max(longest[0], now - last[0] - 10);
                last[0] = now;
                if (!done[0]) {
                    display.timerExec(10, this);
                }
            }
        };
        display.timerExec(10, tick);
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            assertNotEquals(Job.NONE, job.getState(), "the analysis is still going");
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        done[0] = true;
        return longest[0];
    }

    /** Schedules {@code job} unless it is scheduled already, and processes events until it is done. */
    private static void run(Job job) {
        if (job.getState() == Job.NONE && job.getResult() == null) {
            job.schedule();
        }
        Workbench.waitUntil("the analysis to end", () -> job.getState() == Job.NONE);
    }
}
