package org.lawkeeper.core.field;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lawkeeper.core.jet.JetArithmetic_F64;
import org.lawkeeper.core.jet.JetArithmetic_MODP;
import org.lawkeeper.core.linalg.PrimeField;
import org.lawkeeper.core.polynomial.Monomial;
import org.lawkeeper.core.polynomial.Polynomial;

/**
 * Brackets from jets agree with brackets expanded symbolically ([X, Y] = DY·X − DX·Y with exact
 * polynomial derivatives), for random polynomial fields and every depth up to 4.
 */
class BracketEvaluatorTest {
    private static final int N = 3;
    private static final PrimeField FIELD = new PrimeField(2_147_483_629L);

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void jetBracketsEqualSymbolicBrackets(int seed) {
        Random random = new Random(seed);
        List<Polynomial[]> fields = List.of(randomField(random), randomField(random), randomField(random));
        PolynomialGenerators generators = generators(fields);
        BigFraction[] point = new BigFraction[N];
        long[] modularPoint = new long[N];
        double[] floatPoint = new double[N];
        for (int i = 0; i < N; i++) {
            int value = random.nextInt(7) - 3;
            point[i] = new BigFraction(value);
            modularPoint[i] = FIELD.fromLong(value);
            floatPoint[i] = value;
        }
        JetArithmetic_MODP exact = new JetArithmetic_MODP(FIELD);
        JetArithmetic_F64 floating = new JetArithmetic_F64();
        CompiledGenerators<long[]> compiledExact = generators.compile(exact, modularPoint);
        CompiledGenerators<double[]> compiledFloat = generators.compile(floating, floatPoint);
        for (int depth = 1; depth <= 4; depth++) {
            int[] indices = random.ints(depth, 0, fields.size()).toArray();
            Polynomial[] symbolic = fields.get(indices[depth - 1]);
            List<JetField<long[]>> exactFields = new ArrayList<>();
            List<JetField<double[]>> floatFields = new ArrayList<>();
            for (int k = depth - 2; k >= 0; k--) {
                symbolic = bracket(fields.get(indices[k]), symbolic);
            }
            for (int index : indices) {
                exactFields.add(compiledExact.member(unit(index, exact)));
                floatFields.add(compiledFloat.member(unit(index, floating)));
            }
            long[] fromJets = new BracketEvaluator<>(exact, N).rightNormed(exactFields, modularPoint);
            double[] fromFloatJets = new BracketEvaluator<>(floating, N).rightNormed(floatFields, floatPoint);
            long[] expected = new long[N];
            double[] expectedFloat = new double[N];
            for (int i = 0; i < N; i++) {
                BigFraction value = symbolic[i].evaluate(point);
                expected[i] = FIELD.fromRational(value);
                expectedFloat[i] = value.doubleValue();
            }
            assertArrayEquals(expected, fromJets, "depth " + depth);
            for (int i = 0; i < N; i++) {
                assertEquals(expectedFloat[i], fromFloatJets[i], 1e-9 * Math.max(1, Math.abs(expectedFloat[i])));
            }
        }
    }

    private static <A> A unit(int index, org.lawkeeper.core.jet.JetArithmetic<A> arithmetic) {
        A weights = arithmetic.allocate(3);
        arithmetic.setRational(weights, index, BigFraction.ONE);
        return weights;
    }

    /** [X, Y]_i = Σ_j X_j ∂_j Y_i − Y_j ∂_j X_i, expanded. */
    private static Polynomial[] bracket(Polynomial[] x, Polynomial[] y) {
        Polynomial[] result = new Polynomial[N];
        for (int i = 0; i < N; i++) {
            Polynomial sum = Polynomial.ZERO;
            for (int j = 0; j < N; j++) {
                sum = sum.plus(x[j].times(y[i].derivative(j))).minus(y[j].times(x[i].derivative(j)));
            }
            result[i] = sum;
        }
        return result;
    }

    private static Polynomial[] randomField(Random random) {
        Polynomial[] components = new Polynomial[N];
        for (int i = 0; i < N; i++) {
            Polynomial p = Polynomial.ZERO;
            for (int t = 0; t < 3; t++) {
                int[] variables = random.ints(random.nextInt(4), 0, N).toArray();
                p = p.plus(Polynomial.term(new BigFraction(random.nextInt(9) - 4, 1 + random.nextInt(3)),
                        Monomial.of(variables)));
            }
            components[i] = p;
        }
        return components;
    }

    private static PolynomialGenerators generators(List<Polynomial[]> fields) {
        PolynomialGenerators.Builder builder = new PolynomialGenerators.Builder(N, fields.size());
        for (int g = 0; g < fields.size(); g++) {
            for (int i = 0; i < N; i++) {
                builder.add(g, i, fields.get(g)[i]);
            }
        }
        return builder.build();
    }
}
