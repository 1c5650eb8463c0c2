package org.lawkeeper.eclipse.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lawkeeper.eclipse.core.LawkeeperCore;
import org.lawkeeper.eclipse.core.builder.LawkeeperBuilder;
import org.lawkeeper.eclipse.core.jobs.LargeModelJob;

/**
 * Models too large for a build to wait for are analysed in the background: their marker says so at once, one
 * analysis runs at a time, its result replaces the marker when it is done; Cancel and edits stop it, and a
 * cancelled one waits for Check Lawkeeper Claims.
 */
class LargeModelTest {
    /** 26·20 + 20·26 = 1040 parameters: just above what a build waits for, counted in seconds. */
    private static final String WIDE = """
            package models;

            import org.lawkeeper.api.Conserves;
            import org.lawkeeper.api.LawModel;

            /** Balancedness of the hidden layer: 20·21/2 = 210 independent entries, all the laws of gradient flow. */
            @LawModel("linear:26,20,26")
            @Conserves(flow = "gf", law = "U1^T*U1 - U2*U2^T")
            public class Wide {
            }
            """;

    static String pending(String model, long dimension) {
        return model + " (state dimension " + dimension + ") is being analysed in the background: the Progress view "
                + "shows how far it is";
    }

    static String cancelled(String model) {
        return "The background analysis of " + model + " was cancelled: Check Lawkeeper Claims (Lawkeeper menu) starts "
                + "it again";
    }

    @AfterEach
    void stopBackgroundAnalyses() {
        Workbench.cancelLargeModels();
    }

    @Test
    void aLargeModelIsMarkedAtOnceAndItsResultArrivesWhenItsTurnComes() throws Exception {
        IProject project = Workbench.newProject("large", "Huge");
        Workbench.build(project); // Huge's analysis starts and holds the background for an hour
        IFile huge = model(project, "Huge");
        assertEquals(List.of("problem info 7: " + pending("linear:100,100,100", 20_000)), Workbench.markers(huge));
        IFile wide = model(project, "Wide");
        wide.create(new ByteArrayInputStream(WIDE.getBytes(StandardCharsets.UTF_8)), true, null);
        Workbench.build(project);
        assertEquals(List.of("problem info 7: " + pending("linear:26,20,26", 1040)), Workbench.markers(wide),
                "one background analysis at a time: Wide waits for Huge");
        assertEquals(2, LargeModelJob.scheduled().size());

        for (Job job : Job.getJobManager().find(LawkeeperCore.LARGE_MODEL_FAMILY)) {
            if (job.getName().endsWith("linear:100,100,100")) {
                job.cancel();
            }
        }
        // markers are replaced in one workspace operation, which a reader on another thread may see half done
        Workbench.waitUntil("Wide's result", () -> markersOf(wide).stream().anyMatch(m -> m.startsWith("conserved")));
        Workbench.waitForAnalysis();
        List<String> markers = Workbench.markers(wide);
        assertEquals(1, markers.size(), markers.toString());
        // its 210 entries are all the laws of gf: no marker asks for more
        assertTrue(markers.get(0).startsWith("conserved - 8: Conserved under gf (certified: ⟨∇h, χ_i⟩ for every "
                + "generating field vanished at 2 random points modulo each of"), markers.get(0));
        assertEquals(List.of("problem info 7: " + cancelled("linear:100,100,100")), Workbench.markers(huge));

        // the kept result follows its declaration when lines move above it, and nothing is analysed again
        Workbench.write(wide, "// two lines\n// above\n" + Workbench.read(wide));
        Workbench.build(project);
        assertTrue(LargeModelJob.scheduled().isEmpty());
        List<String> moved = Workbench.markers(wide);
        assertEquals(1, moved.size(), moved.toString());
        assertTrue(moved.get(0).startsWith("conserved - 10: Conserved under gf"), moved.get(0));
    }

    @Test
    void anEditSupersedesAnAnalysisAndACancelledOneWaitsForACheck() throws Exception {
        IProject project = Workbench.newProject("large-control", "Huge");
        Workbench.build(project);
        IFile huge = model(project, "Huge");
        Workbench.write(huge, Workbench.read(huge).replace("linear:100,100,100", "linear:100,100,99"));
        Workbench.build(project);
        Workbench.waitUntil("the superseded analysis to stop", () -> LargeModelJob.scheduled().size() == 1);
        assertEquals(List.of("problem info 7: " + pending("linear:100,100,99", 19_900)), Workbench.markers(huge),
                "an edit leaves no trace of the analysis it superseded");

        Workbench.cancelLargeModels();
        assertEquals(List.of("problem info 7: " + cancelled("linear:100,100,99")), Workbench.markers(huge));
        Workbench.write(huge, Workbench.read(huge) + "\n");
        Workbench.build(project);
        assertEquals(List.of("problem info 7: " + cancelled("linear:100,100,99")), Workbench.markers(huge),
                "a save does not start a cancelled analysis again");
        assertTrue(LargeModelJob.scheduled().isEmpty());

        project.build(IncrementalProjectBuilder.FULL_BUILD, LawkeeperCore.BUILDER_ID,
                Map.of(LawkeeperBuilder.ON_DEMAND, "true"), null);
        Workbench.waitForAnalysis();
        assertEquals(List.of("problem info 7: " + pending("linear:100,100,99", 19_900)), Workbench.markers(huge),
                "Check Lawkeeper Claims starts it again");
    }

    private static IFile model(IProject project, String name) {
        return project.getFile("src/models/" + name + ".java");
    }

    private static List<String> markersOf(IFile file) {
        try {
            return Workbench.markers(file);
        } catch (CoreException e) {
            throw new IllegalStateException(e);
        }
    }
}
