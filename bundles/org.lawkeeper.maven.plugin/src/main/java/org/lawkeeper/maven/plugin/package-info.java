/**
 * The {@code lawkeeper:check} goal: the claims of a Maven project's sources decided in its build, reported
 * as console lines, SARIF 2.1.0, JUnit XML and HTML reports, and judged by the {@code failOn} policy.
 */
package org.lawkeeper.maven.plugin;
