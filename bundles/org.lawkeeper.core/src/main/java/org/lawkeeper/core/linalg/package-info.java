/**
 * Internal: linear algebra over F_p (prime fields, the echelon form with its rank and null space,
 * rational reconstruction, spans of polynomial gradients) and over doubles (Gram–Schmidt with a
 * tolerance). The one home of elimination.
 */
package org.lawkeeper.core.linalg;
