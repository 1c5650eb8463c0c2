package org.lawkeeper.eclipse.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lawkeeper.eclipse.core.jobs.ReportJob;
import org.lawkeeper.eclipse.core.results.Row.LawRow;

/** The view's Export Report: the harness's HTML report of a law under every claimed flow, custom models included. */
class ReportTest {
    private static IProject project;

    @BeforeAll
    static void createProject() throws Exception {
        project = Workbench.project("report", "DeepLinear", "Hyperbola");
    }

    @Test
    void aReportPlotsTheLawUnderEveryClaimedFlow() throws Exception {
        String html = report("DeepLinear", "momentum", "U1^T*U1 - U2*U2^T");
        assertTrue(html.contains("Lawkeeper check: U1^T*U1 - U2*U2^T on linear:2,3,2"), html);
        assertEquals(2, html.split("<svg ").length - 1 - 1, "one drift plot per claimed flow and one optimiser study");
        assertTrue(html.contains("data-flow=\"gf\"") && html.contains("data-flow=\"momentum\""), html);
    }

    @Test
    void customModelsHaveReportsToo() throws Exception {
        String html = report("Hyperbola", "gf", "x[1]^2 - x[2]^2");
        assertTrue(html.contains("Lawkeeper check: x[1]^2 - x[2]^2 on hyperbola"), html);
        assertTrue(html.contains("<span class=\"conserved\">conserved</span>"), html);
    }

    private static String report(String type, String flow, String law) throws Exception {
        IFile file = project.getFile("src/models/" + type + ".java");
        AtomicReference<IFile> written = new AtomicReference<>();
        Job job = new ReportJob(new LawRow(file, 0, "models." + type, flow, law, List.of()), written::set);
        job.schedule();
        Workbench.waitUntil("the report on " + law, () -> job.getState() == Job.NONE && job.getResult() != null);
        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
        return Workbench.read(written.get());
    }
}
