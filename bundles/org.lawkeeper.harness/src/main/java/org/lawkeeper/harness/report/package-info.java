/**
 * Runs a law under several flows and writes the HTML report with SVG drift plots.
 */
package org.lawkeeper.harness.report;
