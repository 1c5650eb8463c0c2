/**
 * A {@link org.lawkeeper.report.CheckResult} written for people and tools: console lines (one per claim),
 * SARIF 2.1.0 for code-scanning services and the SARIF viewers of other IDEs, JUnit XML for CI servers, JSON
 * for scripts, and the harness's HTML reports with drift plots for violated claims.
 */
package org.lawkeeper.report.format;
