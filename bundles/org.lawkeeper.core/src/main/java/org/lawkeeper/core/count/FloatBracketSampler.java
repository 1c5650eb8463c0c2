package org.lawkeeper.core.count;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.NormOps_DDRM;
import org.lawkeeper.core.field.BracketEvaluator;
import org.lawkeeper.core.field.CompiledGenerators;
import org.lawkeeper.core.field.GeneratingFields;
import org.lawkeeper.core.field.JetField;
import org.lawkeeper.core.jet.JetArithmetic_F64;
import org.lawkeeper.core.linalg.GramSchmidt_F64;

/**
 * Brackets in double precision at a Gaussian random point. Each bracket is computed twice: once
 * as is, once in the magnitude arithmetic from absolute values, which bounds the rounding noise it
 * may carry; the rank test compares against that bound.
 */
final class FloatBracketSampler implements BracketSampler {
    private final RandomGenerator random;
    private final double[] point;
    private final CompiledGenerators<double[]> generators;
    private final CompiledGenerators<double[]> magnitudeGenerators;
    private final BracketEvaluator<double[]> brackets;
    private final BracketEvaluator<double[]> magnitudes;
    private final double[] absolutePoint;
    private final GramSchmidt_F64 span;
    private final JetArithmetic_F64 arithmetic = new JetArithmetic_F64();

    FloatBracketSampler(GeneratingFields fields, double tolerance, RandomGenerator random) {
        int n = fields.stateDimension();
        JetArithmetic_F64 bounds = JetArithmetic_F64.magnitudes();
        this.random = random;
        this.point = arithmetic.random(n, random);
        this.absolutePoint = absolute(point);
        this.generators = fields.compile(arithmetic, point);
        this.magnitudeGenerators = fields.compile(bounds, absolutePoint);
        this.brackets = new BracketEvaluator<>(arithmetic, n);
        this.magnitudes = new BracketEvaluator<>(bounds, n);
        this.span = new GramSchmidt_F64(n, tolerance);
    }

    /** One bracket at a time: each is tested against its own rounding bound. */
    @Override
    public int blockSize(int rank) {
        return 1;
    }

    @Override
    public int addBrackets(int level, int count) {
        int added = 0;
        for (int b = 0; b < count; b++) {
            added += addBracket(level) ? 1 : 0;
        }
        return added;
    }

    private boolean addBracket(int level) {
        List<JetField<double[]>> combinations = new ArrayList<>(level);
        List<JetField<double[]>> magnitudeCombinations = new ArrayList<>(level);
        for (int i = 0; i < level; i++) {
            double[] coefficients = arithmetic.random(generators.memberSize(), random);
            combinations.add(generators.member(coefficients));
            magnitudeCombinations.add(magnitudeGenerators.member(absolute(coefficients)));
        }
        double[] value = brackets.rightNormed(combinations, point);
        double[] bound = magnitudes.rightNormed(magnitudeCombinations, absolutePoint);
        return span.add(value, NormOps_DDRM.normF(DMatrixRMaj.wrap(bound.length, 1, bound)));
    }

    @Override
    public int rank() {
        return span.rank();
    }

    @Override
    public long fieldEvaluations() {
        return brackets.fieldEvaluations();
    }

    double smallestAccepted() {
        return span.smallestAccepted();
    }

    double largestRejected() {
        return span.largestRejected();
    }

    private static double[] absolute(double[] values) {
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = Math.abs(values[i]);
        }
        return result;
    }
}
