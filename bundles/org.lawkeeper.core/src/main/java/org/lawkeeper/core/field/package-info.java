/**
 * Internal: the generating fields of a flow for a model (docs/THEORY.md §2), compiled for evaluation at
 * jet points, and the values of iterated brackets.
 */
package org.lawkeeper.core.field;
