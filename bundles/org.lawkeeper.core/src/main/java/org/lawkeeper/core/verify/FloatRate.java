package org.lawkeeper.core.verify;

import java.util.SplittableRandom;
import org.lawkeeper.core.field.CompiledGenerators;
import org.lawkeeper.core.field.GeneratingFields;
import org.lawkeeper.core.jet.JetArithmetic_F64;
import org.lawkeeper.core.polynomial.Polynomial;

/**
 * The rate ⟨∇h, χ⟩ at a random real point, for telling a user how fast a refuted law changes. It is
 * an illustration in floating point; the refutation itself is the exact non-zero value modulo a prime.
 */
final class FloatRate {
    private FloatRate() {
    }

    /** E.g. {@code at a random real point (θ, x, w standard normal, seed 7) the rate is 0.0360}. */
    static String describe(Polynomial h, GeneratingFields fields, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        JetArithmetic_F64 arithmetic = new JetArithmetic_F64();
        double[] point = arithmetic.random(fields.stateDimension(), random);
        CompiledGenerators<double[]> compiled = fields.compile(arithmetic, point);
        double[] value = compiled.member(arithmetic.random(compiled.memberSize(), random)).evaluate(point, 0);
        double rate = 0;
        for (int v = 0; v < point.length; v++) {
            rate += partial(h, v, point) * value[v];
        }
        return String.format("at a random real point (θ, x, w standard normal, seed %d) the rate is %.4g", seed, rate);
    }

    private static double partial(Polynomial h, int variable, double[] point) {
        double[] sum = {0};
        h.derivative(variable).forEachTerm((m, c) -> {
            double product = c.doubleValue();
            for (int v : m.variables()) {
                product *= point[v];
            }
            sum[0] += product;
        });
        return sum[0];
    }
}
