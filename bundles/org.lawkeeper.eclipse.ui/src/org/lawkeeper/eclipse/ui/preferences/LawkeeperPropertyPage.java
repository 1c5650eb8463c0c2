package org.lawkeeper.eclipse.ui.preferences;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.preferences.IScopeContext;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.ui.IWorkbenchPropertyPage;
import org.lawkeeper.eclipse.core.preferences.LawkeeperPreferences;
import org.lawkeeper.eclipse.ui.Messages;

/** Project > Properties > Lawkeeper: the project's own settings, used when enabled. */
public final class LawkeeperPropertyPage extends SettingsPage implements IWorkbenchPropertyPage {
    private IProject project;

    @Override
    IScopeContext scope() {
        return new ProjectScope(project);
    }

    @Override
    protected void createFieldEditors() {
        addField(new BooleanFieldEditor(LawkeeperPreferences.PROJECT_SPECIFIC, Messages.projectSpecific,
                getFieldEditorParent()));
        super.createFieldEditors();
    }

    @Override
    public IAdaptable getElement() {
        return project;
    }

    @Override
    public void setElement(IAdaptable element) {
        project = Adapters.adapt(element, IProject.class);
    }
}
