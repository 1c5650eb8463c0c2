/** Quick fixes: edits of claims, applied where the claims stand in the current text. */
package org.lawkeeper.eclipse.core.fixes;
