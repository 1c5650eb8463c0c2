package org.lawkeeper.core.field;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.lawkeeper.core.jet.JetArithmetic_MODP;
import org.lawkeeper.core.linalg.PrimeField;

/**
 * Values of generating fields at random points of F_p, the raw material of sampled conditions
 * ⟨∇P, χ⟩ = 0: at each new point, every generator of polynomial fields (the Euclidean ones for natural
 * gradient, which span the same space), or {@link #MEMBERS} random members of a network's data-indexed
 * family, with their data point and adjoined values drawn afresh. A non-zero function of the point (and
 * of the member) vanishes at such a sample with probability at most deg/p (Schwartz–Zippel; Lang–Weil
 * where square roots restrict the points, docs/ALGORITHMS.md §16).
 */
public final class FieldSamples {
    /** Members drawn per point of a network's family: each compiles the network's constants once. */
    static final int MEMBERS = 8;

    private final GeneratingFields fields;
    private final JetArithmetic_MODP arithmetic;
    private final RandomGenerator random;
    private final CompiledPolynomialGenerators<long[]> polynomial;

    /** One point and the fields' values there. */
    public record Sample(long[] point, List<long[]> values) {
    }

    /** Samples of {@code fields} modulo a prime chosen for them ({@link GeneratingFields#primes}). */
    public FieldSamples(GeneratingFields fields, PrimeField field, RandomGenerator random) {
        this.fields = switch (fields) {
            case NaturalGradientGenerators n -> n.gradients();
            default -> fields;
        };
        this.arithmetic = new JetArithmetic_MODP(field);
        this.random = random;
        this.polynomial = this.fields instanceof PolynomialGenerators p
                ? p.compile(arithmetic, arithmetic.random(p.stateDimension(), random)) : null;
    }

    public PrimeField field() {
        return arithmetic.field();
    }

    public int stateDimension() {
        return fields.stateDimension();
    }

    /** The fields at a fresh random point. */
    public Sample next() {
        long[] point = arithmetic.random(fields.stateDimension(), random);
        List<long[]> values = new ArrayList<>();
        if (polynomial != null) {
            for (int g = 0; g < polynomial.generatorCount(); g++) {
                values.add(polynomial.evaluateGenerator(g, point, 0));
            }
        } else {
            CompiledGenerators<long[]> compiled = fields.compile(arithmetic, point);
            for (int m = 0; m < MEMBERS; m++) {
                values.add(compiled.member(arithmetic.random(compiled.memberSize(), random)).evaluate(point, 0));
            }
        }
        return new Sample(point, values);
    }
}
