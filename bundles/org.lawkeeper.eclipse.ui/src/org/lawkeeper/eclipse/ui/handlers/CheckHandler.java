package org.lawkeeper.eclipse.ui.handlers;

import java.util.Map;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.lawkeeper.eclipse.core.LawkeeperCore;
import org.lawkeeper.eclipse.core.builder.LawkeeperBuilder;
import org.lawkeeper.eclipse.ui.Messages;

/** "Check Lawkeeper Claims": runs the builder on all files, also for projects that check on demand. */
public final class CheckHandler extends ProjectHandler {

    @Override
    String jobName() {
        return Messages.checkJob;
    }

    @Override
    void run(IProject project, IProgressMonitor monitor) throws CoreException {
        project.build(IncrementalProjectBuilder.FULL_BUILD, LawkeeperCore.BUILDER_ID,
                Map.of(LawkeeperBuilder.ON_DEMAND, "true"), monitor);
    }
}
