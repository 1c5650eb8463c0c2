package com.example.laws;

import org.lawkeeper.api.Conserves;
import org.lawkeeper.api.LawModel;
import org.lawkeeper.core.SpecException;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelBuilder;
import org.lawkeeper.core.model.ModelDefinition;
import org.lawkeeper.core.polynomial.PolynomialMatrix;

/**
 * A matrix factorisation φ(W, H) = W·H with W ∈ R^{3×2}, H ∈ R^{2×3}, and the laws its author believes in:
 * balancedness under gradient flow, and the rotations of heavy-ball momentum with their e^{τt} factor.
 * {@code lawkeeper:check} decides both claims exactly in every build (defining the model in a child JVM);
 * {@code FactorisationLawsTest} tries hard to break them on random dynamics.
 */
@LawModel
@Conserves(flow = "gf", law = "W^T*W - H*H^T")
@Conserves(flow = "momentum:tau=1/2", law = "exp(tau*t)*skew(W^T*W' + H*H'^T)")
public class Factorisation implements ModelDefinition {

    @Override
    public Model define() throws SpecException {
        ModelBuilder builder = Model.builder("factorisation");
        PolynomialMatrix w = builder.block("W", 3, 2);
        PolynomialMatrix h = builder.block("H", 2, 3);
        return builder.output(w.times(h)).build();
    }
}
