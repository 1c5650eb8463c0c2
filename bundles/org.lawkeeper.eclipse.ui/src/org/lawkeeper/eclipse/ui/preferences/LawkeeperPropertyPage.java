package org.lawkeeper.eclipse.ui.preferences;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.preferences.IScopeContext;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.ui.IWorkbenchPropertyPage;
import org.lawkeeper.eclipse.core.custom.ProjectTrust;
import org.lawkeeper.eclipse.core.preferences.LawkeeperPreferences;
import org.lawkeeper.eclipse.ui.Messages;

/**
 * Project > Properties > Lawkeeper: whether the project's code may run (kept by the workspace, see
 * {@link ProjectTrust}), and the project's own settings, used when enabled.
 */
public final class LawkeeperPropertyPage extends SettingsPage implements IWorkbenchPropertyPage {
    private IProject project;
    private Button trusted;

    @Override
    IScopeContext scope() {
        return new ProjectScope(project);
    }

    @Override
    protected void createFieldEditors() {
        trusted = new Button(getFieldEditorParent(), SWT.CHECK);
        trusted.setText(Messages.trustProject);
        trusted.setSelection(ProjectTrust.decision(project).orElse(false));
        trusted.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        addField(new BooleanFieldEditor(LawkeeperPreferences.PROJECT_SPECIFIC, Messages.projectSpecific,
                getFieldEditorParent()));
        super.createFieldEditors();
    }

    @Override
    public boolean performOk() {
        if (trusted.getSelection() != ProjectTrust.decision(project).orElse(false)) {
            ProjectTrust.record(project, trusted.getSelection());
        }
        return super.performOk();
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
