package com.example;

import org.lawkeeper.api.Conserves;
import org.lawkeeper.api.LawModel;
import org.lawkeeper.core.SpecException;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelBuilder;
import org.lawkeeper.core.model.ModelDefinition;
import org.lawkeeper.core.polynomial.PolynomialMatrix;

/** φ = x1·x2, defined in code: x1² − x2² holds under gradient flow, and nothing else. */
@LawModel
@Conserves(flow = "gf", law = "x[1]^2 - x[2]^2")
public class Hyperbola implements ModelDefinition {

    @Override
    public Model define() throws SpecException {
        ModelBuilder builder = Model.builder("hyperbola");
        PolynomialMatrix x = builder.block("x", 2, 1);
        return builder.output(x.entry(0, 0).times(x.entry(1, 0))).build();
    }
}
