/**
 * Internal: nested dual numbers (jets) over F_p and over doubles, the arithmetic in which iterated Lie
 * brackets are evaluated without symbolic expansion (docs/ALGORITHMS.md, "Brackets from jets").
 */
package org.lawkeeper.core.jet;
