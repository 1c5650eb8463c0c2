package org.lawkeeper.core.model;

import org.lawkeeper.core.SpecException;

/**
 * A custom model: a class annotated {@code @LawModel} (without a spec) that builds its model with
 * {@link Model#builder(String)}. It needs a public no-argument constructor. Lawkeeper runs it in a
 * separate JVM on the project's classpath, so a faulty definition cannot harm the IDE.
 *
 * <pre>
 * &#64;LawModel
 * &#64;Conserves(flow = "gf", law = "x[1]^2 - x[2]^2")
 * public class Product implements ModelDefinition {
 *     public Model define() throws SpecException {
 *         ModelBuilder builder = Model.builder("product:2");
 *         PolynomialMatrix x = builder.block("x", 2, 1);
 *         return builder.output(x.entry(0, 0).times(x.entry(1, 0))).build();
 *     }
 * }
 * </pre>
 */
@FunctionalInterface
public interface ModelDefinition {

    /**
     * Builds the model.
     *
     * @throws SpecException when the definition is inconsistent; the message is shown to the user
     */
    Model define() throws SpecException;
}
