package org.lawkeeper.report;

import org.lawkeeper.claims.scan.Claim;

/**
 * A claim the {@link ClaimFilter} left out.
 *
 * @param type  the binary name of its {@code @LawModel} class
 * @param claim the claim as written
 */
public record SkippedClaim(String type, Claim claim) {
}
