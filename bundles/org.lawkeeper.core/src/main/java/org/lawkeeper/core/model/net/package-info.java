/**
 * Networks of the layer language ({@code net:…}, docs/MODELS.md): {@link org.lawkeeper.core.model.net.Architecture}
 * reads and checks a spec, {@link org.lawkeeper.core.model.net.Network} gives it named parameter blocks and a
 * forward pass written once over {@link org.lawkeeper.core.model.net.ScalarOps}, which each arithmetic of
 * Lawkeeper implements. The package knows nothing of {@code Model}; {@code org.lawkeeper.core.model} wraps
 * networks as models.
 */
package org.lawkeeper.core.model.net;
