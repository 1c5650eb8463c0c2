/**
 * What users of Lawkeeper write in their own code: {@link org.lawkeeper.api.LawModel} names the
 * model a class stands for, {@link org.lawkeeper.api.Conserves} states a law it is believed to
 * conserve under a flow, and {@code org.lawkeeper.core.model.ModelDefinition} defines a custom model.
 *
 * <pre>
 * &#64;LawModel("relu:3,4,2+bias")
 * &#64;Conserves(flow = "gf", law = "norm2(U2, rows) + norm2(b1, rows) - norm2(U1, cols)^T")
 * class TinyRelu { }
 * </pre>
 *
 * The IDE reads these annotations from the source without running the class; only a custom
 * model ({@code @LawModel} without a spec on a {@code org.lawkeeper.core.model.ModelDefinition}) is
 * executed, and then in a separate JVM.
 */
package org.lawkeeper.api;
