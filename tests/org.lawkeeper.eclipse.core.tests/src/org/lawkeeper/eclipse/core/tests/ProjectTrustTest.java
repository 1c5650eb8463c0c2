package org.lawkeeper.eclipse.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lawkeeper.claims.scan.DeclarationScanner;
import org.lawkeeper.eclipse.core.LawkeeperCore;
import org.lawkeeper.eclipse.core.custom.ProjectTrust;
import org.lawkeeper.eclipse.core.jobs.AnalysisJob;
import org.lawkeeper.eclipse.core.jobs.AnalysisJob.FileSnapshot;
import org.lawkeeper.eclipse.core.markers.LawkeeperMarkers;

/** A project's code runs only once the project is trusted: asked once, remembered, else a marker says how. */
class ProjectTrustTest {
    private static final String CUSTOM = """
            @LawModel
            @Conserves(flow = "gf", law = "x[1]")
            public class Custom implements ModelDefinition {
            }
            """;

    @AfterEach
    void nobodyToAsk() {
        ProjectTrust.setPrompt(project -> Optional.empty());
        InstanceScope.INSTANCE.getNode(LawkeeperCore.PLUGIN_ID).remove(ProjectTrust.TRUST_UNASKED);
    }

    private static IProject undecided(String name) throws Exception {
        IProject project = Sources.file(name, "Custom.java", CUSTOM).getProject();
        ProjectTrust.forget(project);
        return project;
    }

    @Test
    void anUntrustedProjectsCustomModelsAreNotRunAndTheMarkerSaysHowToTrustIt() throws Exception {
        IProject project = undecided("untrusted");
        IFile file = project.getFile("Custom.java");
        AnalysisJob job = new AnalysisJob(Map.of(file, new FileSnapshot(CUSTOM, DeclarationScanner.scan(CUSTOM))),
                Sources.SETTINGS);
        job.schedule();
        job.join();
        List<String> messages = List.of(file.findMarkers(LawkeeperMarkers.PROBLEM, false, IResource.DEPTH_ZERO)).stream()
                .map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList();
        assertEquals(List.of("Custom model Custom could not be defined: not run: project untrusted is not trusted to run "
                + "its code; to trust it, check \"Run this project's code to define custom models\" in its Properties > "
                + "Lawkeeper, then build again"), messages);
    }

    @Test
    void whereNobodyCanBeAskedTheWorkspacePreferenceDecides() throws Exception {
        IProject project = undecided("unasked");
        assertFalse(ProjectTrust.trusts(project), "untrusted by default");
        InstanceScope.INSTANCE.getNode(LawkeeperCore.PLUGIN_ID).putBoolean(ProjectTrust.TRUST_UNASKED, true);
        assertTrue(ProjectTrust.trusts(project));
        assertEquals(Optional.empty(), ProjectTrust.decision(project), "a default is no decision of the user's");
    }

    @Test
    void theUserIsAskedOncePerProjectAndTheAnswerIsKept() throws Exception {
        IProject first = undecided("asked");
        IProject second = undecided("asked-too");
        AtomicInteger questions = new AtomicInteger();
        ProjectTrust.setPrompt(project -> {
            questions.incrementAndGet();
            return Optional.of(project.equals(first));
        });
        assertTrue(ProjectTrust.trusts(first));
        assertTrue(ProjectTrust.trusts(first));
        assertFalse(ProjectTrust.trusts(second));
        assertFalse(ProjectTrust.trusts(second));
        assertEquals(2, questions.get());
        assertEquals(Optional.of(false), ProjectTrust.decision(second));
        ProjectTrust.record(second, true);
        assertTrue(ProjectTrust.trusts(second), "the property page changes the answer");
        assertEquals(2, questions.get());
    }

    @Test
    void aProjectCannotTrustItselfThroughItsOwnSettings() throws Exception {
        IProject project = undecided("self-trusting");
        IFile settings = project.getFile(".settings/" + LawkeeperCore.PLUGIN_ID + ".prefs");
        if (!settings.getParent().exists()) {
            project.getFolder(".settings").create(true, true, null);
        }
        settings.create(Sources.stream("trustedProjects/" + project.getLocationURI() + "=true\n"
                + ProjectTrust.TRUST_UNASKED + "=true\n"), true, null);
        assertFalse(ProjectTrust.trusts(project));
    }
}
