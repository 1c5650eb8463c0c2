package org.lawkeeper.eclipse.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lawkeeper.eclipse.core.LawkeeperCore;
import org.lawkeeper.eclipse.core.builder.LawkeeperBuilder;
import org.lawkeeper.eclipse.core.preferences.LawkeeperPreferences;
import org.lawkeeper.eclipse.examples.ExampleProject;

/**
 * A project with its own settings (property page): user code runs in its own JVM and a definition that
 * never returns is stopped after the project's time budget; with checks on demand, builds leave the
 * markers alone until the check command runs.
 */
class ProjectSettingsTest {
    private static IProject project;

    @BeforeAll
    static void createProject() throws Exception {
        project = ExampleProject.create("project-settings", null, "Hyperbola", "Product");
        IEclipsePreferences preferences = new ProjectScope(project).getNode(LawkeeperCore.PLUGIN_ID);
        preferences.putBoolean(LawkeeperPreferences.PROJECT_SPECIFIC, true);
        preferences.putInt(LawkeeperPreferences.TIME_BUDGET, 2);
        preferences.flush();
    }

    @AfterAll
    static void deleteProject() throws Exception {
        project.delete(true, null);
    }

    @Test
    void aDefinitionThatNeverReturnsIsStoppedAfterTheBudget() throws Exception {
        IFile file = project.getFile("src/models/Endless.java");
        file.create("""
                package models;

                import org.lawkeeper.api.Conserves;
                import org.lawkeeper.api.LawModel;
                import org.lawkeeper.core.model.ModelDefinition;
                import org.lawkeeper.core.model.Model;

                @LawModel
                @Conserves(flow = "gf", law = "x[1]")
                public class Endless implements ModelDefinition {
                    public Model define() {
                        while (true) {
                            Thread.onSpinWait();
                        }
                    }
                }
                """.getBytes(StandardCharsets.UTF_8), true, false, null);
        Workbench.build(project);
        assertEquals(List.of("problem error 8: Custom model Endless could not be defined: Endless.define() did not finish "
                + "within 2 s"), Workbench.markers(file));
        assertEquals(List.of(Workbench.conserved(13, "gf", 1, 1)),
                Workbench.markers(project.getFile("src/models/Hyperbola.java")));
    }

    @Test
    void onDemandProjectsAreCheckedOnlyByTheCommand() throws Exception {
        IEclipsePreferences preferences = new ProjectScope(project).getNode(LawkeeperCore.PLUGIN_ID);
        preferences.put(LawkeeperPreferences.CHECK_MODE, LawkeeperPreferences.CHECK_ON_DEMAND);
        preferences.flush();
        try {
            IFile file = project.getFile("src/models/Product.java");
            List<String> before = Workbench.markers(file);
            Workbench.write(file, Workbench.read(file).replace("x[1]^2 - x[2]^2", "x[1]^2 - x[3]^2"));
            Workbench.build(project);
            assertEquals(before, Workbench.markers(file), "a build of an on-demand project checks nothing");
            project.build(IncrementalProjectBuilder.FULL_BUILD, LawkeeperCore.BUILDER_ID,
                    Map.of(LawkeeperBuilder.ON_DEMAND, "true"), null); // what "Check Lawkeeper Claims" runs
            Workbench.waitForAnalysis();
            assertEquals(List.of(Workbench.conserved(8, "gf", 1, 1), "problem info 8: 2 laws exist under gf, you claimed 1 — see the "
                    + "Conservation Laws view"), Workbench.markers(file));
        } finally {
            preferences.remove(LawkeeperPreferences.CHECK_MODE);
            preferences.flush();
        }
    }
}
