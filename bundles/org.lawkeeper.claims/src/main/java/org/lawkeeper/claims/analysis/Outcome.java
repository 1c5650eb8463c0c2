package org.lawkeeper.claims.analysis;

import org.lawkeeper.core.analysis.ClaimStatus;

/**
 * What the analysis says about one claimed law, independently of where the claim stands.
 *
 * @param status  the verdict
 * @param message one line for the marker or result
 * @param column  for a malformed law, the 1-based column of the problem in the law; else 0
 * @param entries the number of independent scalar laws the claim stands for (0 unless conserved)
 */
public record Outcome(ClaimStatus status, String message, int column, int entries) {
}
