/**
 * The facade: one entry point for analysing models, flows and claims, with typed results, used by the
 * command line, the IDE and build plug-ins alike.
 */
package org.lawkeeper.core.analysis;
