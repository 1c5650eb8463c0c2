package org.lawkeeper.eclipse.ui.preferences;

import org.eclipse.core.runtime.preferences.IScopeContext;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window > Preferences > Lawkeeper: the workspace settings. */
public final class LawkeeperPreferencePage extends SettingsPage implements IWorkbenchPreferencePage {

    @Override
    IScopeContext scope() {
        return InstanceScope.INSTANCE;
    }

    @Override
    public void init(IWorkbench workbench) {
        // the store comes from scope()
    }
}
