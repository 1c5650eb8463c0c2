package org.lawkeeper.eclipse.ui.trust;

import org.eclipse.ui.IStartup;
import org.lawkeeper.eclipse.core.custom.ProjectTrust;

/** Installs the workbench's {@link TrustPrompt} once the workbench is up, before the first build asks. */
public final class TrustStartup implements IStartup {

    @Override
    public void earlyStartup() {
        ProjectTrust.setPrompt(new TrustPrompt());
    }
}
