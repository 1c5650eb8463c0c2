/**
 * Finding the laws themselves: the polynomial search, its certificate against the count, and the
 * recognition of known families (docs/ALGORITHMS.md, "Law search").
 */
package org.lawkeeper.core.search;
