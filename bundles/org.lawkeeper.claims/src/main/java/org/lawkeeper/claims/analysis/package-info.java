/**
 * Deciding the claims of a declaration: exact verdicts, drift evidence for violations, and per claimed
 * flow the laws that hold and how far the claims cover them; cached by what decides each result.
 */
package org.lawkeeper.claims.analysis;
