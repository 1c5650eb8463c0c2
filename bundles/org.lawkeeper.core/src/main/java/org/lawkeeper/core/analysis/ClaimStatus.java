package org.lawkeeper.core.analysis;

/** The verdict on one claimed law. */
public enum ClaimStatus {
    /** Exactly verified: the law is conserved under the flow. */
    CONSERVED,
    /** Exactly refuted, with a witness. */
    VIOLATED,
    /** The flow or the law does not parse for this model. */
    MALFORMED,
    /** Not decided: the model is too large, the law not polynomial, or the time budget ran out. */
    UNCHECKED
}
