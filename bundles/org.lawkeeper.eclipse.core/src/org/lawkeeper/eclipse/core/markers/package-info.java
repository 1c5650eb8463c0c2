/** Marker types and attributes, and the atomic replacement of a file's markers by its findings. */
package org.lawkeeper.eclipse.core.markers;
