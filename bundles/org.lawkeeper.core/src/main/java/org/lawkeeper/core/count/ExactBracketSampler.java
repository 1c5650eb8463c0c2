package org.lawkeeper.core.count;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.lawkeeper.core.field.BracketEvaluator;
import org.lawkeeper.core.field.CompiledGenerators;
import org.lawkeeper.core.field.GeneratingFields;
import org.lawkeeper.core.field.JetField;
import org.lawkeeper.core.jet.JetArithmetic_MODP;
import org.lawkeeper.core.linalg.Echelon_MODP;
import org.lawkeeper.core.linalg.PrimeField;

/** Brackets over F_p at a uniformly random point, with an exact rank. */
final class ExactBracketSampler implements BracketSampler {
    private final JetArithmetic_MODP arithmetic;
    private final RandomGenerator random;
    private final long[] point;
    private final CompiledGenerators<long[]> generators;
    private final BracketEvaluator<long[]> brackets;
    private final Echelon_MODP span;

    ExactBracketSampler(GeneratingFields fields, PrimeField field, RandomGenerator random) {
        this.arithmetic = new JetArithmetic_MODP(field);
        this.random = random;
        this.point = arithmetic.random(fields.stateDimension(), random);
        this.generators = fields.compile(arithmetic, point);
        this.brackets = new BracketEvaluator<>(arithmetic, fields.stateDimension());
        this.span = new Echelon_MODP(field, fields.stateDimension());
    }

    @Override
    public boolean addBracket(int level) {
        List<JetField<long[]>> combinations = new ArrayList<>(level);
        for (int i = 0; i < level; i++) {
            combinations.add(generators.member(arithmetic.random(generators.memberSize(), random)));
        }
        return span.add(brackets.rightNormed(combinations, point));
    }

    @Override
    public int rank() {
        return span.rank();
    }

    @Override
    public long fieldEvaluations() {
        return brackets.fieldEvaluations();
    }
}
