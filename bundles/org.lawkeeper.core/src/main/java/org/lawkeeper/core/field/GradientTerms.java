package org.lawkeeper.core.field;

import java.util.ArrayList;
import java.util.List;
import org.lawkeeper.core.LimitExceededException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.polynomial.Coefficients;
import org.lawkeeper.core.polynomial.Polynomial;

/** The terms of ∇φ_i for every component of φ, in θ coordinates: the raw material of every flow. */
final class GradientTerms {
    private GradientTerms() {
    }

    /** One term per (component i, monomial of φ_i, variable dividing it): generator i, component j. */
    static List<FieldTerm> of(Model model, Limits limits) throws LimitExceededException {
        long count = 0;
        for (Polynomial phi : model.factorisation()) {
            for (var monomial : phi.terms().keySet()) {
                count += monomial.support().length;
            }
        }
        limits.checkTerms(count, "the gradient of model " + model.name());
        List<FieldTerm> terms = new ArrayList<>((int) count);
        List<Polynomial> phi = model.factorisation();
        for (int i = 0; i < phi.size(); i++) {
            int generator = i;
            phi.get(i).forEachTerm((monomial, c) -> {
                for (int j : monomial.support()) {
                    terms.add(new FieldTerm(generator, j, Coefficients.times(c, monomial.exponent(j)),
                            monomial.withoutOne(j)));
                }
            });
        }
        return terms;
    }
}
