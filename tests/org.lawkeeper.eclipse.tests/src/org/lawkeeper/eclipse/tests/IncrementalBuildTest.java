package org.lawkeeper.eclipse.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.junit.jupiter.api.Test;
import org.lawkeeper.eclipse.core.jobs.AnalysisJob;
import org.lawkeeper.eclipse.core.markers.LawkeeperMarkers;

/** Editing one claim re-analyses that claim only, and leaves the other files' markers alone. */
class IncrementalBuildTest {

    @Test
    void editingAClaimReanalysesOnlyThatClaim() throws Exception {
        IProject project = Workbench.project("incremental", "DeepLinear", "Product", "Misspelt");
        List<String> others = List.of("DeepLinear", "Product");
        Set<Long> untouched = others.stream().flatMap(name -> ids(model(project, name)).stream()).collect(Collectors.toSet());
        long computations = AnalysisJob.cache().computations();
        IFile file = model(project, "Misspelt");
        Workbench.write(file, Workbench.read(file).replace("U1^T*W", "tr(U1^T*U1 - U2*U2^T)"));
        Workbench.build(project);
        assertEquals(List.of(Workbench.conserved(8, "gf", 1, 4),
                "problem info 8: 6 laws exist under gf, you claimed 1 — see the Conservation Laws view"), Workbench.markers(file));
        assertEquals(1, AnalysisJob.cache().computations() - computations,
                "one new claim; its flow's count is shared with DeepLinear");
        assertEquals(untouched, others.stream().flatMap(name -> ids(model(project, name)).stream()).collect(Collectors.toSet()),
                "the markers of the other files were not rewritten");
    }

    private static IFile model(IProject project, String name) {
        return project.getFile("src/models/" + name + ".java");
    }

    private static List<Long> ids(IFile file) {
        List<Long> ids = new ArrayList<>();
        Workbench.find(file, LawkeeperMarkers.PROBLEM).forEach(m -> ids.add(m.getId()));
        Workbench.find(file, LawkeeperMarkers.CONSERVED).forEach(m -> ids.add(m.getId()));
        return ids;
    }
}
