/**
 * Models: parameters in named blocks and the factorisation φ through which losses see them
 * (docs/THEORY.md §3). {@link org.lawkeeper.core.model.ModelSpec} reads specs of every kind registered in
 * {@link org.lawkeeper.core.model.ModelKinds}; {@link org.lawkeeper.core.model.ModelBuilder} and
 * {@link org.lawkeeper.core.model.ModelDefinition} define models in code.
 */
package org.lawkeeper.core.model;
