package org.lawkeeper.claims.analysis;

import org.lawkeeper.claims.scan.Claim;

/**
 * A claim with its outcome.
 *
 * @param readable the claimed law in mathematical notation when it parses, as written otherwise
 */
public record ClaimResult(Claim claim, Outcome outcome, String readable) {
}
