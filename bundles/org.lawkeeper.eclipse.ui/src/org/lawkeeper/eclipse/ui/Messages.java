package org.lawkeeper.eclipse.ui;

import org.eclipse.osgi.util.NLS;

/** The UI's texts (messages.properties). */
public final class Messages extends NLS {
    public static String replaceLabel;
    public static String replaceDescription;
    public static String addLabel;
    public static String addDescription;
    public static String removeLabel;
    public static String removeDescription;
    public static String fixFailed;
    public static String enableJob;
    public static String checkJob;
    public static String columnName;
    public static String columnCount;
    public static String columnCertificate;
    public static String columnStatus;
    public static String columnBlocks;
    public static String emptyView;
    public static String plotTitle;
    public static String plotNoDrift;
    public static String plotCaption;
    public static String plotHint;
    public static String exportAction;
    public static String exportTooltip;
    public static String preferencesDescription;
    public static String projectSpecific;
    public static String tries;
    public static String timeBudget;
    public static String largeModelBudget;
    public static String tolerance;
    public static String seedPolicy;
    public static String seedFixed;
    public static String seedRandom;
    public static String checkMode;
    public static String checkOnSave;
    public static String checkOnDemand;
    public static String libraryDescription;
    public static String modelLayers;
    public static String layerLaws;
    public static String trustTitle;
    public static String trustQuestion;
    public static String trustRun;
    public static String trustDoNotRun;
    public static String trustProject;

    static {
        NLS.initializeMessages("org.lawkeeper.eclipse.ui.messages", Messages.class);
    }

    private Messages() {
    }
}
