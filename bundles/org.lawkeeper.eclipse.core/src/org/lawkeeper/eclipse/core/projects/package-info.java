/** Services on projects that the UI's commands (and the examples and tests) call: enabling Lawkeeper. */
package org.lawkeeper.eclipse.core.projects;
