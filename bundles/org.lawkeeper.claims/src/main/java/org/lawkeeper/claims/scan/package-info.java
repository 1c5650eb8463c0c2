/**
 * Reading claims from Java source: {@code @LawModel} classes and their {@code @Conserves} annotations,
 * found with JDT's parser without bindings and without running user code.
 */
package org.lawkeeper.claims.scan;
