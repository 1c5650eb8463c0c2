package org.lawkeeper.eclipse.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.junit.jupiter.api.Test;
import org.lawkeeper.claims.analysis.AnalysisSettings;
import org.lawkeeper.claims.scan.DeclarationScanner;
import org.lawkeeper.core.count.CountOptions;
import org.lawkeeper.eclipse.core.jobs.AnalysisJob;
import org.lawkeeper.eclipse.core.jobs.AnalysisJob.FileSnapshot;
import org.lawkeeper.eclipse.core.markers.LawkeeperMarkers;

/** Analyses side by side: a slow one holds no other up, Cancel ends it, and a failing claim leaves no stale marker. */
class AnalysisJobTest {
    private static final String QUICK = """
            @LawModel("linear:2,3,2")
            @Conserves(flow = "gf", law = "U1^T*U1 - U2*U2^T")
            class Quick {}
            """;
    /**
     * 800 parameters under momentum (state dimension 1601), few enough for a build's own analysis (larger models go
     * to the background): counting and searching its laws takes far longer than these tests wait.
     */
    private static final String SLOW = QUICK.replace("linear:2,3,2", "linear:20,20,20").replace("\"gf\"", "\"momentum\"");
    /** Generous on a loaded machine, and still far below the analysis' own time. */
    private static final Duration BOUND = Duration.ofSeconds(30);

    /** Settings whose time budget outlasts every bound of these tests: only Cancel ends the slow analysis. */
    private static final AnalysisSettings PATIENT = new AnalysisSettings(Duration.ofHours(1), CountOptions.DEFAULT_SEED,
            true, 1e-9, 5);

    private static AnalysisJob job(IFile file, String source) {
        return new AnalysisJob(Map.of(file, new FileSnapshot(source, DeclarationScanner.scan(source))), PATIENT);
    }

    private static List<String> markers(IFile file, String type) throws Exception {
        return List.of(file.findMarkers(type, false, IResource.DEPTH_ZERO)).stream()
                .map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList();
    }

    /** Schedules {@code job} and waits until it runs: a listener, added before it can start, hears it start. */
    private static void scheduleAndWaitUntilRunning(Job job) throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void running(IJobChangeEvent event) {
                running.countDown();
            }
        });
        job.schedule();
        assertTrue(running.await(BOUND.toMillis(), TimeUnit.MILLISECONDS), "the analysis never started");
    }

    @Test
    void aSlowAnalysisHoldsUpNoOtherAndCancelEndsItPromptly() throws Exception {
        IFile slowFile = Sources.file("slow", "Slow.java", SLOW);
        IFile quickFile = Sources.file("quick", "Quick.java", QUICK);
        AnalysisJob slow = job(slowFile, SLOW);
        scheduleAndWaitUntilRunning(slow);
        AnalysisJob quick = job(quickFile, QUICK);
        quick.schedule();
        assertTrue(quick.join(BOUND.toMillis(), null), "the quick analysis waited for the slow one");
        assertEquals(1, markers(quickFile, LawkeeperMarkers.CONSERVED).size());
        assertEquals(Job.RUNNING, slow.getState(), "the slow analysis is still going");

        long start = System.nanoTime();
        slow.cancel();
        assertTrue(slow.join(BOUND.toMillis(), null), "the analysis ignored Cancel");
        long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertEquals(IStatus.CANCEL, slow.getResult().getSeverity());
        assertEquals(List.of(), markers(slowFile, LawkeeperMarkers.PROBLEM), "no marker of the cancelled run");
        assertTrue(millis < BOUND.toMillis(), "Cancel took " + millis + " ms");
    }

    @Test
    void aClaimThatBreaksTheAnalysisReplacesItsOldVerdictWithItsFailure() throws Exception {
        IFile file = Sources.file("breaking", "Quick.java", QUICK);
        AnalysisJob first = job(file, QUICK);
        first.schedule();
        first.join();
        assertEquals(1, markers(file, LawkeeperMarkers.CONSERVED).size());

        // once too deep for the parser's stack; whatever becomes of it, never the old green verdict
        String broken = QUICK.replace("U1^T*U1 - U2*U2^T", "U1[1,1]" + "+0".repeat(20_000));
        file.setContents(Sources.stream(broken), true, false, null);
        AnalysisJob second = job(file, broken);
        second.schedule();
        second.join();
        assertEquals(IStatus.OK, second.getResult().getSeverity());
        List<String> problems = markers(file, LawkeeperMarkers.PROBLEM);
        assertEquals(List.of(), markers(file, LawkeeperMarkers.CONSERVED), "no stale verdict: " + problems);
        assertTrue(!problems.isEmpty() && problems.stream().allMatch(p -> p.lines().count() == 1 && p.length() < 400),
                problems.toString());
    }
}
