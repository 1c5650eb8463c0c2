/**
 * What the property harness adds to an exact verdict: drift evidence for violations, drift series for
 * plots and the HTML report. The only package of the claims library that uses the harness.
 */
package org.lawkeeper.claims.evidence;
