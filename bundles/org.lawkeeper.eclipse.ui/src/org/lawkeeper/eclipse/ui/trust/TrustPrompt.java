package org.lawkeeper.eclipse.ui.trust;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.lawkeeper.eclipse.core.custom.ProjectTrust;
import org.lawkeeper.eclipse.ui.Messages;

/**
 * The workbench's question before a project's custom models run its code: a dialog, shown once per
 * project (the answer is recorded; the property page changes it later). Closing the dialog means no.
 */
public final class TrustPrompt implements ProjectTrust.Prompt {
    /** The index of the "run" button; the default button is the other one, not to run. */
    private static final int TRUST = 0;
    private static final int DO_NOT_RUN = 1;

    @Override
    public Optional<Boolean> ask(IProject project) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return Optional.empty();
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        AtomicReference<Optional<Boolean>> answer = new AtomicReference<>(Optional.empty());
        display.syncExec(() -> answer.set(Optional.of(question(project, display).open() == TRUST)));
        return answer.get();
    }

    private static MessageDialog question(IProject project, Display display) {
        return new MessageDialog(display.getActiveShell(), Messages.trustTitle, null,
                NLS.bind(Messages.trustQuestion, project.getName()), MessageDialog.QUESTION, DO_NOT_RUN,
                Messages.trustRun, Messages.trustDoNotRun);
    }
}
