package org.lawkeeper.core.field;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.lawkeeper.core.jet.JetArithmetic;
import org.lawkeeper.core.jet.JetArithmetic_MODP;
import org.lawkeeper.core.jet.JetLinearAlgebra;
import org.lawkeeper.core.linalg.RationalConstants;

/**
 * Natural-gradient generating fields χ_i = (JᵀJ)^† ∇φ_i, where J = ∂φ. These are rational, not
 * polynomial. Near a generic point they span the same distribution as the fields
 * J_Sᵀ(J_S J_Sᵀ)⁻¹e_k, where S indexes rows of J independent at that point; those are what is
 * evaluated, with the linear solve carried out in the jet ring so that brackets stay exact.
 *
 * <p>S is chosen once, exactly (over a seeded prime that divides no constant, at a seeded point), so that every
 * arithmetic — exact, floating point, and its error bounds — evaluates the very same fields.
 *
 * @param gradients the Euclidean fields ∇φ_i
 */
public record NaturalGradientGenerators(PolynomialGenerators gradients) implements GeneratingFields {
    private static final long SELECTION_SEED = 0x5eed_0f_5L;

    @Override
    public int stateDimension() {
        return gradients.stateDimension();
    }

    @Override
    public RationalConstants constants() {
        return gradients.constants();
    }

    @Override
    public <A> CompiledGenerators<A> compile(JetArithmetic<A> arithmetic, A basePoint) {
        return new Compiled<>(arithmetic, gradients.compile(arithmetic, basePoint), independentRows());
    }

    /** Indices of components of φ whose gradients are independent at a generic point. */
    private int[] independentRows() {
        SplittableRandom random = new SplittableRandom(SELECTION_SEED);
        JetArithmetic_MODP exact = new JetArithmetic_MODP(primes(random, 1, RationalConstants.NONE).getFirst());
        long[] point = exact.random(stateDimension(), random);
        CompiledPolynomialGenerators<long[]> compiled = gradients.compile(exact, point);
        List<long[]> rows = new ArrayList<>();
        for (int g = 0; g < compiled.generatorCount(); g++) {
            rows.add(compiled.evaluateGenerator(g, point, 0));
        }
        return new JetLinearAlgebra<>(exact).independentRows(rows, stateDimension());
    }

    private record Compiled<A>(JetArithmetic<A> arithmetic, CompiledPolynomialGenerators<A> gradients, int[] rows)
            implements CompiledGenerators<A> {

        @Override
        public int memberSize() {
            return rows.length;
        }

        @Override
        public JetField<A> member(A weights) {
            return (point, order) -> evaluate(weights, point, order);
        }

        /** J_Sᵀ y with (J_S J_Sᵀ) y = weights, all in the jet ring. */
        private A evaluate(A weights, A point, int order) {
            int size = 1 << order;
            int n = gradients.dimension();
            int k = rows.length;
            List<A> jacobian = new ArrayList<>(k);
            for (int row : rows) {
                jacobian.add(gradients.evaluateGenerator(row, point, order));
            }
            A gram = arithmetic.allocate(k * k * size);
            A product = arithmetic.allocate(size);
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    for (int c = 0; c < n; c++) {
                        arithmetic.multiply(jacobian.get(i), c * size, jacobian.get(j), c * size, product, 0, order);
                        arithmetic.add(product, 0, gram, (i * k + j) * size, size);
                    }
                }
            }
            A rhs = arithmetic.allocate(k * size);
            for (int i = 0; i < k; i++) {
                arithmetic.add(weights, i, rhs, i * size, 1);
            }
            A y = new JetLinearAlgebra<>(arithmetic).solve(gram, rhs, k, order);
            if (y == null) {
                throw new ArithmeticException("the Gram matrix of ∂φ is singular at the chosen point");
            }
            A out = arithmetic.allocate(n * size);
            for (int i = 0; i < k; i++) {
                for (int c = 0; c < n; c++) {
                    arithmetic.multiply(y, i * size, jacobian.get(i), c * size, product, 0, order);
                    arithmetic.add(product, 0, out, c * size, size);
                }
            }
            return out;
        }
    }
}
