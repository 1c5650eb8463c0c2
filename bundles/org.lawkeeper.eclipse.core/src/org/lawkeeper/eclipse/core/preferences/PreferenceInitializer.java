package org.lawkeeper.eclipse.core.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.lawkeeper.eclipse.core.LawkeeperCore;

/** The defaults of {@link LawkeeperPreferences}. */
public final class PreferenceInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(LawkeeperCore.PLUGIN_ID);
        defaults.putInt(LawkeeperPreferences.TRIES, LawkeeperPreferences.DEFAULT_TRIES);
        defaults.putInt(LawkeeperPreferences.TIME_BUDGET, LawkeeperPreferences.DEFAULT_TIME_BUDGET);
        defaults.putInt(LawkeeperPreferences.LARGE_MODEL_BUDGET, LawkeeperPreferences.DEFAULT_LARGE_MODEL_BUDGET);
        defaults.putDouble(LawkeeperPreferences.TOLERANCE, LawkeeperPreferences.DEFAULT_TOLERANCE);
        defaults.put(LawkeeperPreferences.SEED_POLICY, LawkeeperPreferences.SEED_FIXED);
        defaults.put(LawkeeperPreferences.CHECK_MODE, LawkeeperPreferences.CHECK_ON_SAVE);
    }
}
