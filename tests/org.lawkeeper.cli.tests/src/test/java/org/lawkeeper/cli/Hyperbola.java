package org.lawkeeper.cli;

import org.lawkeeper.core.SpecException;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelBuilder;
import org.lawkeeper.core.model.ModelDefinition;
import org.lawkeeper.core.polynomial.PolynomialMatrix;

/** A custom model for {@link ScanCommandTest}: φ = x1·x2, defined in a child JVM from the compiled test classes. */
public final class Hyperbola implements ModelDefinition {

    @Override
    public Model define() throws SpecException {
        ModelBuilder builder = Model.builder("hyperbola");
        PolynomialMatrix x = builder.block("x", 2, 1);
        return builder.output(x.entry(0, 0).times(x.entry(1, 0))).build();
    }
}
