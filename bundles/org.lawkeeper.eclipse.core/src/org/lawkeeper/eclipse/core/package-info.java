/**
 * Lawkeeper in the IDE, without UI: the identifiers and logging every package of the plug-in uses. The
 * UI bundle sees the plug-in only through this bundle's packages.
 */
package org.lawkeeper.eclipse.core;
