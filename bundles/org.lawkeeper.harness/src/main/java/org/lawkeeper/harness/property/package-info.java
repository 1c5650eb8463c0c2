/**
 * Property runs: tries, discards, time budget, statistics and coverage, and shrinking of the first
 * counterexample. Independent of JUnit.
 */
package org.lawkeeper.harness.property;
