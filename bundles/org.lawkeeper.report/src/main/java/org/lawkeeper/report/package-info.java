/**
 * The claims of a whole source tree, checked: every {@code @LawModel} class found under the source roots,
 * decided by the claims library exactly as the IDE decides it, restricted by a {@link
 * org.lawkeeper.report.ClaimFilter}, and judged by a {@link org.lawkeeper.report.FailOn} policy. What a
 * build and {@code ./lawkeeper scan} run; {@code format} writes the result.
 */
package org.lawkeeper.report;
