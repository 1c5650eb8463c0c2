package org.lawkeeper.eclipse.core.analysis;

import org.eclipse.osgi.util.NLS;

/** The texts of markers and results (messages.properties). */
public final class Messages extends NLS {
    public static String conserved;
    public static String violated;
    public static String violatedWithDrift;
    public static String malformedLaw;
    public static String malformedFlow;
    public static String notLiteral;
    public static String unchecked;
    public static String malformedModel;
    public static String modelTooLarge;
    public static String customModel;
    public static String incomplete;
    public static String complete;
    public static String countFailed;
    public static String analysing;
    public static String library;
    public static String customTimeout;
    public static String customNotJava;
    public static String customFailed;

    static {
        NLS.initializeMessages("org.lawkeeper.eclipse.core.analysis.messages", Messages.class);
    }

    private Messages() {
    }
}
