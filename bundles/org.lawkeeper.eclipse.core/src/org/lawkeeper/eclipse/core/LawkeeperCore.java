package org.lawkeeper.eclipse.core;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/** Identifiers of the Lawkeeper plug-in, shared by the core and UI bundles and the tests. */
public final class LawkeeperCore {
    /** This bundle's symbolic name. */
    public static final String PLUGIN_ID = "org.lawkeeper.eclipse.core";
    /** The project nature that installs the builder. */
    public static final String NATURE_ID = PLUGIN_ID + ".nature";
    /** The incremental project builder. */
    public static final String BUILDER_ID = PLUGIN_ID + ".builder";
    /** The family of every analysis job, for joining and cancelling them. */
    public static final Object JOB_FAMILY = LawkeeperCore.class;
    /** The family of the background analyses of large models, which a build does not wait for. */
    public static final Object LARGE_MODEL_FAMILY = LawkeeperCore.class.getName() + ".largeModels";

    private LawkeeperCore() {
    }

    /** Logs an unexpected failure to the error log, never to the user's face. */
    public static void log(String message, Throwable cause) {
        ILog.of(LawkeeperCore.class).log(new Status(IStatus.ERROR, PLUGIN_ID, message, cause));
    }
}
