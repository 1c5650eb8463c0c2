package org.lawkeeper.eclipse.core.custom;

import java.util.Optional;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.lawkeeper.eclipse.core.LawkeeperCore;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Whether a project's own code may run to define its custom models — asked once per project, as IDEs
 * ask before running workspace code. The decision is kept in the workspace's settings, keyed by the
 * project's location, never in the project's own settings: a checkout must not be able to trust itself.
 * Where nobody can be asked (no workbench, a headless build), the workspace preference
 * {@value #TRUST_UNASKED} decides, untrusted by default.
 */
public final class ProjectTrust {
    /** Workspace preference: whether a project nobody could be asked about may run its code (default false). */
    public static final String TRUST_UNASKED = "trustUnaskedProjects";
    /** The workspace settings node holding one decision per project location. */
    private static final String DECISIONS = "trustedProjects";

    private static volatile Prompt prompt = project -> Optional.empty();

    /** Asks the user whether a project may run its code. */
    @FunctionalInterface
    public interface Prompt {

        /** The user's answer, or empty when nobody can be asked. */
        Optional<Boolean> ask(IProject project);
    }

    private ProjectTrust() {
    }

    /** Installs the question the workbench asks (the UI bundle does at start-up). */
    public static void setPrompt(Prompt question) {
        prompt = question;
    }

    /**
     * Whether {@code project} may run its code: its recorded decision; else the user's answer, recorded;
     * else, when nobody can be asked, the workspace's {@value #TRUST_UNASKED}.
     */
    public static boolean trusts(IProject project) {
        Optional<Boolean> decision = decision(project);
        if (decision.isEmpty()) {
            synchronized (ProjectTrust.class) { // analyses run side by side: one question per project
                decision = decision(project);
                if (decision.isEmpty()) {
                    decision = prompt.ask(project);
                    decision.ifPresent(trusted -> record(project, trusted));
                }
            }
        }
        return decision.orElseGet(() -> Platform.getPreferencesService().getBoolean(LawkeeperCore.PLUGIN_ID,
                TRUST_UNASKED, false, null));
    }

    /** The decision recorded for {@code project}, if any. */
    public static Optional<Boolean> decision(IProject project) {
        String value = decisions().get(key(project), null);
        return value == null ? Optional.empty() : Optional.of(Boolean.parseBoolean(value));
    }

    /** Records whether {@code project} may run its code (the property page, the prompt). */
    public static void record(IProject project, boolean trusted) {
        IEclipsePreferences decisions = decisions();
        decisions.putBoolean(key(project), trusted);
        try {
            decisions.flush();
        } catch (BackingStoreException e) {
            LawkeeperCore.log("could not save whether " + project.getName() + " is trusted", e);
        }
    }

    /** Forgets the decision on {@code project}, so that it is asked again. */
    public static void forget(IProject project) {
        decisions().remove(key(project));
    }

    private static IEclipsePreferences decisions() {
        return (IEclipsePreferences) InstanceScope.INSTANCE.getNode(LawkeeperCore.PLUGIN_ID).node(DECISIONS);
    }

    /** The project's location: another project of the same name, elsewhere, is another project. */
    private static String key(IProject project) {
        return project.getLocationURI() == null ? project.getName() : project.getLocationURI().toString();
    }
}
