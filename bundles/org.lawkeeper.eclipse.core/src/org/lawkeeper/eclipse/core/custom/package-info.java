/** Custom models of Java projects, defined in the project's own VM on its class path. */
package org.lawkeeper.eclipse.core.custom;
