package org.lawkeeper.eclipse.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lawkeeper.eclipse.core.custom.ProjectTrust;
import org.lawkeeper.eclipse.ui.preferences.LawkeeperPropertyPage;
import org.lawkeeper.eclipse.ui.trust.TrustPrompt;

/** Before a project's code runs, the workbench asks once; the property page changes the answer later. */
class TrustPromptTest {
    private static IProject project;

    @BeforeAll
    static void createProject() throws Exception {
        project = Workbench.emptyProject("trust");
        ProjectTrust.setPrompt(new TrustPrompt());
    }

    @AfterAll
    static void deleteProject() throws Exception {
        project.delete(true, null);
    }

    @BeforeEach
    void undecided() {
        ProjectTrust.forget(project);
    }

    @Test
    void theAnswerIsAskedOnceAndKept() throws Exception {
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> ProjectTrust.trusts(project));
        Shell question = question();
        Workbench.screenshot(question, "trust-prompt");
        press(question, "Trust and Run");
        Workbench.waitUntil("the answer", first::isDone);
        assertTrue(first.get());
        assertEquals(Optional.of(true), ProjectTrust.decision(project));
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> ProjectTrust.trusts(project));
        Workbench.waitUntil("the recorded answer, without a question", second::isDone);
        assertTrue(second.get());
    }

    @Test
    void closingTheQuestionMeansDoNotRun() throws Exception {
        CompletableFuture<Boolean> answer = CompletableFuture.supplyAsync(() -> ProjectTrust.trusts(project));
        question().close();
        Workbench.waitUntil("the answer", answer::isDone);
        assertFalse(answer.get());
        assertEquals(Optional.of(false), ProjectTrust.decision(project));
    }

    @Test
    void thePropertyPageTrustsTheProject() {
        ProjectTrust.record(project, false);
        PreferenceDialog dialog = PreferencesUtil.createPropertyDialogOn(Workbench.shell(), project,
                "org.lawkeeper.eclipse.ui.properties", null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Workbench.waitUntil("the property page", () -> dialog.getSelectedPage() instanceof LawkeeperPropertyPage);
            Button check = button(dialog.getShell(), "Run this project's code to define custom models").orElseThrow();
            assertFalse(check.getSelection());
            check.setSelection(true);
            assertTrue(((LawkeeperPropertyPage) dialog.getSelectedPage()).performOk());
        } finally {
            dialog.close();
        }
        assertEquals(Optional.of(true), ProjectTrust.decision(project));
    }

    /** The question's dialog, once it shows. */
    private static Shell question() {
        Display display = Display.getCurrent();
        Shell[] found = new Shell[1];
        Workbench.waitUntil("the question", () -> {
            found[0] = Arrays.stream(display.getShells())
                    .filter(s -> s.isVisible() && "Run this project's code?".equals(s.getText())).findFirst().orElse(null);
            return found[0] != null;
        });
        return found[0];
    }

    private static void press(Shell shell, String label) {
        button(shell, label).orElseThrow().notifyListeners(SWT.Selection, new Event());
    }

    private static Optional<Button> button(Composite parent, String label) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Button b && label.equals(b.getText())) {
                return Optional.of(b);
            }
            if (child instanceof Composite c) {
                Optional<Button> inside = button(c, label);
                if (inside.isPresent()) {
                    return inside;
                }
            }
        }
        return Optional.empty();
    }
}
