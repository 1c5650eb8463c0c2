package org.lawkeeper.eclipse.core.analysis;

import org.lawkeeper.eclipse.core.scan.Claim;

/** A claim with its outcome. */
public record ClaimResult(Claim claim, Outcome outcome) {
}
