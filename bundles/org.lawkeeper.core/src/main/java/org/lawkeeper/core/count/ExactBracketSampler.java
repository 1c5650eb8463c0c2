package org.lawkeeper.core.count;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.CancelledException;
import org.lawkeeper.core.field.BracketEvaluator;
import org.lawkeeper.core.field.CompiledGenerators;
import org.lawkeeper.core.field.GeneratingFields;
import org.lawkeeper.core.field.JetField;
import org.lawkeeper.core.jet.JetArithmetic_MODP;
import org.lawkeeper.core.linalg.BlockEchelon_MODP;
import org.lawkeeper.core.linalg.PrimeField;

/** Brackets over F_p at a uniformly random point, with an exact rank, sampled and eliminated in blocks. */
final class ExactBracketSampler implements BracketSampler {
    /** The largest block: enough rows for the product's tiles to pay, few enough that a closing block wastes little. */
    private static final int MAX_BLOCK = 64;

    private final JetArithmetic_MODP arithmetic;
    private final RandomGenerator random;
    private final long[] point;
    private final CompiledGenerators<long[]> generators;
    private final BracketEvaluator<long[]> brackets;
    private final BlockEchelon_MODP span;
    private final Cancellation cancellation;

    ExactBracketSampler(GeneratingFields fields, PrimeField field, RandomGenerator random, Cancellation cancellation) {
        this.arithmetic = new JetArithmetic_MODP(field);
        this.random = random;
        this.point = arithmetic.random(fields.stateDimension(), random);
        this.generators = fields.compile(arithmetic, point);
        this.brackets = new BracketEvaluator<>(arithmetic, fields.stateDimension());
        this.span = new BlockEchelon_MODP(field, fields.stateDimension(), cancellation);
        this.cancellation = cancellation;
    }

    @Override
    public int addBrackets(int level, int count) throws CancelledException {
        List<long[]> block = new ArrayList<>(count);
        for (int b = 0; b < count; b++) {
            cancellation.check();
            block.add(bracket(level));
        }
        return span.addBlock(block);
    }

    /** A right-normed bracket of {@code level} random members at the point; level 1 is a member's value. */
    private long[] bracket(int level) {
        if (level == 1) {
            return brackets.memberValue(generators, randomCoefficients(), point);
        }
        List<JetField<long[]>> combinations = new ArrayList<>(level);
        for (int i = 0; i < level; i++) {
            combinations.add(generators.member(randomCoefficients()));
        }
        return brackets.rightNormed(combinations, point);
    }

    private long[] randomCoefficients() {
        return arithmetic.random(generators.memberSize(), random);
    }

    /** An eighth of the rank, between 4 and {@value #MAX_BLOCK}: the block that closes a level wastes little. */
    @Override
    public int blockSize(int rank) {
        return Math.clamp(rank / 8, 4, MAX_BLOCK);
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
