/**
 * Findings — what markers, SARIF results and console lines show — and the source edits that fix them,
 * computed against the current text of the source.
 */
package org.lawkeeper.claims.findings;
