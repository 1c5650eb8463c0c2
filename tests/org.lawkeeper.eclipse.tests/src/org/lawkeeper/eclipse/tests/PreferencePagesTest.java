package org.lawkeeper.eclipse.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.Test;
import org.lawkeeper.eclipse.ui.preferences.LawkeeperPreferencePage;
import org.lawkeeper.eclipse.ui.preferences.LawkeeperPropertyPage;

/** The workspace preference page and the project property page open on Lawkeeper's page. */
class PreferencePagesTest {

    @Test
    void preferenceAndPropertyPagesOpen() throws Exception {
        PreferenceDialog preferences = PreferencesUtil.createPreferenceDialogOn(Workbench.shell(),
                "org.lawkeeper.eclipse.ui.preferences", null, null);
        showAndClose(preferences, LawkeeperPreferencePage.class, "preferences");
        IProject project = Workbench.project("pages", "Product");
        PreferenceDialog properties = PreferencesUtil.createPropertyDialogOn(Workbench.shell(), project,
                "org.lawkeeper.eclipse.ui.properties", null, null);
        showAndClose(properties, LawkeeperPropertyPage.class, "project-properties");
    }

    private static void showAndClose(PreferenceDialog dialog, Class<?> page, String screenshot) {
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Workbench.waitUntil("the " + page.getSimpleName(), () -> page.isInstance(dialog.getSelectedPage()));
            assertTrue(dialog.getShell().isVisible());
            Workbench.screenshot(dialog.getShell(), screenshot);
        } finally {
            dialog.close();
        }
    }
}
