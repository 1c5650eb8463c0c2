package org.lawkeeper.eclipse.ui.preferences;

import org.eclipse.core.runtime.preferences.IScopeContext;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.lawkeeper.eclipse.core.LawkeeperCore;
import org.lawkeeper.eclipse.core.preferences.LawkeeperPreferences;
import org.lawkeeper.eclipse.ui.Messages;

/** The Lawkeeper settings as field editors, shared by the preference page and the property page. */
abstract class SettingsPage extends FieldEditorPreferencePage {

    SettingsPage() {
        super(GRID);
        setDescription(Messages.preferencesDescription);
    }

    /** The scope the page edits. */
    abstract IScopeContext scope();

    @Override
    protected IPreferenceStore doGetPreferenceStore() {
        return new ScopedPreferenceStore(scope(), LawkeeperCore.PLUGIN_ID);
    }

    @Override
    protected void createFieldEditors() {
        Composite parent = getFieldEditorParent();
        IntegerFieldEditor tries = new IntegerFieldEditor(LawkeeperPreferences.TRIES, Messages.tries, parent);
        tries.setValidRange(1, 100_000);
        addField(tries);
        IntegerFieldEditor budget = new IntegerFieldEditor(LawkeeperPreferences.TIME_BUDGET, Messages.timeBudget, parent);
        budget.setValidRange(1, 3600);
        addField(budget);
        IntegerFieldEditor largeBudget = new IntegerFieldEditor(LawkeeperPreferences.LARGE_MODEL_BUDGET,
                Messages.largeModelBudget, parent);
        largeBudget.setValidRange(1, 24 * 60);
        addField(largeBudget);
        addField(new ToleranceFieldEditor(parent));
        addField(new RadioGroupFieldEditor(LawkeeperPreferences.SEED_POLICY, Messages.seedPolicy, 1,
                new String[][] { { Messages.seedFixed, LawkeeperPreferences.SEED_FIXED },
                        { Messages.seedRandom, LawkeeperPreferences.SEED_RANDOM } },
                parent, true));
        addField(new RadioGroupFieldEditor(LawkeeperPreferences.CHECK_MODE, Messages.checkMode, 1,
                new String[][] { { Messages.checkOnSave, LawkeeperPreferences.CHECK_ON_SAVE },
                        { Messages.checkOnDemand, LawkeeperPreferences.CHECK_ON_DEMAND } },
                parent, true));
    }

    /** A tolerance strictly between 0 and 1. */
    private static final class ToleranceFieldEditor extends StringFieldEditor {

        ToleranceFieldEditor(Composite parent) {
            super(LawkeeperPreferences.TOLERANCE, Messages.tolerance, parent);
        }

        @Override
        protected boolean doCheckState() {
            try {
                double value = Double.parseDouble(getStringValue().strip());
                return value > 0 && value < 1;
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }
}
