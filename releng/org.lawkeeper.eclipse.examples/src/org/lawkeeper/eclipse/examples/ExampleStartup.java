package org.lawkeeper.eclipse.examples;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.lawkeeper.eclipse.core.LawkeeperCore;

/**
 * With {@code -Dlawkeeper.example=true} (what {@code ./lawkeeper ide} passes), creates the example
 * project on start, opens a model and the Conservation Laws view: the plug-in at a glance.
 */
public final class ExampleStartup implements IStartup {
    /** The Conservation Laws view (org.lawkeeper.eclipse.ui). */
    private static final String LAWS_VIEW = "org.lawkeeper.eclipse.ui.views.laws";

    @Override
    public void earlyStartup() {
        if (!Boolean.getBoolean("lawkeeper.example")) {
            return;
        }
        WorkspaceJob job = new WorkspaceJob(ExampleProject.NAME) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                IProject project = ExampleProject.create(ExampleProject.NAME, monitor);
                PlatformUI.getWorkbench().getDisplay().asyncExec(() -> show(project));
                return Status.OK_STATUS;
            }
        };
        job.schedule();
    }

    private static void show(IProject project) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null) {
            return;
        }
        IWorkbenchPage page = window.getActivePage();
        try {
            IDE.openEditor(page, project.getFile("src/models/TinyRelu.java"));
            page.showView(LAWS_VIEW);
        } catch (PartInitException e) {
            LawkeeperCore.log("cannot show the example", e);
        }
    }
}
