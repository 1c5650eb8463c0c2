package org.lawkeeper.eclipse.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
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
    private static final int POLL_MILLIS = 20;
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
        int[] questions = { 0 };
        Consumer<Shell> trust = question -> {
            questions[0]++;
            Workbench.screenshot(question, "trust-prompt");
            button(question, "Trust and Run").orElseThrow().notifyListeners(SWT.Selection, new Event());
        };
        assertTrue(answer(trust));
        assertEquals(Optional.of(true), ProjectTrust.decision(project));
        assertTrue(answer(trust));
        assertEquals(1, questions[0], "the recorded answer serves without a second question");
    }

    @Test
    void closingTheQuestionMeansDoNotRun() throws Exception {
        assertFalse(answer(Shell::close));
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

    /**
     * Whether the project is trusted, asked from a background thread as the analysis job asks, with each
     * question the workbench shows meanwhile answered by {@code reply}: from a timer, because the modal
     * dialog runs an event loop of its own, in which the test's own waiting does not run.
     */
    private static boolean answer(Consumer<Shell> reply) throws Exception {
        CompletableFuture<Boolean> answer = CompletableFuture.supplyAsync(() -> ProjectTrust.trusts(project));
        Display display = Display.getCurrent();
        display.timerExec(POLL_MILLIS, new Runnable() {
            @Override
            public void run() {
                if (answer.isDone()) {
                    return;
                }
                Arrays.stream(display.getShells())
                        .filter(s -> s.isVisible() && "Run this project's code?".equals(s.getText()))
                        .findFirst().ifPresent(reply);
                display.timerExec(POLL_MILLIS, this);
            }
        });
        Workbench.waitUntil("the answer", answer::isDone);
        return answer.get();
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
