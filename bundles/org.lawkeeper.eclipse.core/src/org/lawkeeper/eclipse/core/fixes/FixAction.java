package org.lawkeeper.eclipse.core.fixes;

/** The quick fixes of Lawkeeper problems. */
public enum FixAction {
    /** Replace a violated claim with the laws that hold under its flow. */
    REPLACE,
    /** Add the laws missing under a flow. */
    ADD,
    /** Delete a violated claim. */
    REMOVE
}
