/** Explaining laws by the linear symmetries of φ (Noether's correspondence, docs/THEORY.md §4). */
package org.lawkeeper.core.explain;
