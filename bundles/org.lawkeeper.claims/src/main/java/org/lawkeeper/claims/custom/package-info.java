/**
 * Custom models ({@code ModelDefinition} classes): defined in a separate JVM with bounded time, heap and
 * output, and handed back in a line protocol that no name or message can break.
 */
package org.lawkeeper.claims.custom;
