/** The latest results of the workspace and the rows of the Conservation Laws view built from them. */
package org.lawkeeper.eclipse.core.results;
