package org.lawkeeper.eclipse.core.preferences;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IPreferencesService;
import org.eclipse.core.runtime.preferences.IScopeContext;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.lawkeeper.claims.analysis.AnalysisSettings;
import org.lawkeeper.core.count.CountOptions;
import org.lawkeeper.eclipse.core.LawkeeperCore;

/**
 * Preference keys and their reading: a project's own settings when it enables them (property page),
 * else the workspace's (preference page), else the defaults.
 */
public final class LawkeeperPreferences {
    /** Whether the project overrides the workspace settings. */
    public static final String PROJECT_SPECIFIC = "projectSpecific";
    /** Random trajectories per drift check. */
    public static final String TRIES = "tries";
    /** Time budget per count and per custom model definition, in seconds. */
    public static final String TIME_BUDGET = "timeBudgetSeconds";
    /** Time budget per count of a large model, analysed in the background, in minutes. */
    public static final String LARGE_MODEL_BUDGET = "largeModelBudgetMinutes";
    /** Relative tolerance of floating-point checks. */
    public static final String TOLERANCE = "tolerance";
    /** {@link #SEED_FIXED} or {@link #SEED_RANDOM}. */
    public static final String SEED_POLICY = "seedPolicy";
    /** {@link #CHECK_ON_SAVE} or {@link #CHECK_ON_DEMAND}. */
    public static final String CHECK_MODE = "checkMode";

    public static final String SEED_FIXED = "fixed";
    public static final String SEED_RANDOM = "random";
    public static final String CHECK_ON_SAVE = "onSave";
    public static final String CHECK_ON_DEMAND = "onDemand";

    static final int DEFAULT_TRIES = 20;
    static final int DEFAULT_TIME_BUDGET = 30;
    /** About what linear:100,100,100 (state dimension 20,000) needs on two cores. */
    static final int DEFAULT_LARGE_MODEL_BUDGET = 60;
    static final double DEFAULT_TOLERANCE = 1e-9;

    private LawkeeperPreferences() {
    }

    /** The settings that apply to {@code project}; a random seed policy draws a new seed at each call. */
    public static AnalysisSettings settings(IProject project) {
        IScopeContext[] scopes = scopes(project);
        IPreferencesService service = Platform.getPreferencesService();
        String id = LawkeeperCore.PLUGIN_ID;
        int tries = service.getInt(id, TRIES, DEFAULT_TRIES, scopes);
        int budget = service.getInt(id, TIME_BUDGET, DEFAULT_TIME_BUDGET, scopes);
        double tolerance = service.getDouble(id, TOLERANCE, DEFAULT_TOLERANCE, scopes);
        boolean random = SEED_RANDOM.equals(service.getString(id, SEED_POLICY, SEED_FIXED, scopes));
        long seed = random ? ThreadLocalRandom.current().nextLong() : CountOptions.DEFAULT_SEED;
        return new AnalysisSettings(Duration.ofSeconds(Math.max(1, budget)), seed, !random, tolerance, tries);
    }

    /**
     * The settings of {@code project}'s background analyses of large models: its settings with the large-model
     * budget per count (never less than the ordinary one).
     */
    public static AnalysisSettings largeModelSettings(IProject project) {
        AnalysisSettings settings = settings(project);
        int minutes = Platform.getPreferencesService().getInt(LawkeeperCore.PLUGIN_ID, LARGE_MODEL_BUDGET,
                DEFAULT_LARGE_MODEL_BUDGET, scopes(project));
        Duration budget = Duration.ofMinutes(Math.max(1, minutes));
        return settings.withBudget(budget.compareTo(settings.budget()) > 0 ? budget : settings.budget());
    }

    /** Whether every build checks the project's claims (else only the Check command does). */
    public static boolean checksOnSave(IProject project) {
        return !CHECK_ON_DEMAND.equals(Platform.getPreferencesService().getString(LawkeeperCore.PLUGIN_ID, CHECK_MODE,
                CHECK_ON_SAVE, scopes(project)));
    }

    private static IScopeContext[] scopes(IProject project) {
        return projectSpecific(project)
                ? new IScopeContext[] { new ProjectScope(project), InstanceScope.INSTANCE, DefaultScope.INSTANCE }
                : new IScopeContext[] { InstanceScope.INSTANCE, DefaultScope.INSTANCE };
    }

    private static boolean projectSpecific(IProject project) {
        return new ProjectScope(project).getNode(LawkeeperCore.PLUGIN_ID).getBoolean(PROJECT_SPECIFIC, false);
    }
}
