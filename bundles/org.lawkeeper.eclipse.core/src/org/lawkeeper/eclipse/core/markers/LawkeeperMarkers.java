package org.lawkeeper.eclipse.core.markers;

import org.lawkeeper.eclipse.core.LawkeeperCore;

/** Marker types and attributes (declared in plugin.xml), shared with the UI's quick fixes. */
public final class LawkeeperMarkers {
    /** Violated, malformed, unchecked and incomplete claims: problems, persistent. */
    public static final String PROBLEM = LawkeeperCore.PLUGIN_ID + ".problem";
    /** Conserved claims: ruler annotations only, not persistent. */
    public static final String CONSERVED = LawkeeperCore.PLUGIN_ID + ".conserved";

    /** One of the {@code KIND_*} values. */
    public static final String KIND = "kind";
    /** The claim's flow as written. */
    public static final String FLOW = "flow";
    /** The claim's law as written. */
    public static final String LAW = "law";
    /** Verified laws for the quick fixes, one per line: those that hold, or those missing. */
    public static final String LAWS = "laws";
    /** Multi-line text for the hover: the laws in readable form and the certificate. */
    public static final String DETAILS = "details";
    /** Offset and length of the whole claim annotation, for the quick fixes that replace it. */
    public static final String ANNOTATION_START = "annotationStart";
    /** See {@link #ANNOTATION_START}. */
    public static final String ANNOTATION_LENGTH = "annotationLength";
    /** Offset after the declaration's last annotation, where new claims go. */
    public static final String INSERT_AT = "insertAt";
    /** The indentation of the declaration's annotations. */
    public static final String INDENT = "indent";

    public static final String KIND_VIOLATED = "violated";
    public static final String KIND_MALFORMED = "malformed";
    public static final String KIND_UNCHECKED = "unchecked";
    public static final String KIND_MODEL = "model";
    public static final String KIND_INCOMPLETE = "incomplete";
    public static final String KIND_CONSERVED = "conserved";

    private LawkeeperMarkers() {
    }
}
