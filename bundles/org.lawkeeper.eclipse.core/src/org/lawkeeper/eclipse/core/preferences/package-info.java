/** Preference keys and the settings they give, per workspace or per project. */
package org.lawkeeper.eclipse.core.preferences;
