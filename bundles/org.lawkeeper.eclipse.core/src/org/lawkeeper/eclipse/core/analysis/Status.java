package org.lawkeeper.eclipse.core.analysis;

/** The verdict on one claim, as the markers and the view show it. */
public enum Status {
    /** Exactly verified: the law is conserved under the flow. */
    CONSERVED,
    /** Exactly refuted, with a witness. */
    VIOLATED,
    /** The flow or the law does not parse for this model. */
    MALFORMED,
    /** Not decided: the model is too large, the law not polynomial, or the time budget ran out. */
    UNCHECKED
}
