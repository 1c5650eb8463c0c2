package org.lawkeeper.core.field;

import java.util.SplittableRandom;
import java.util.function.LongFunction;
import org.lawkeeper.core.flow.MirrorMomentumFlow;
import org.lawkeeper.core.jet.JetArithmetic;
import org.lawkeeper.core.jet.JetArithmetic_F64;
import org.lawkeeper.core.jet.JetArithmetic_MODP;
import org.lawkeeper.core.model.net.Network;

/**
 * {@link NetworkGenerators} ready for evaluation in one arithmetic. A member draws its data point from its
 * coefficients; when the forward pass is undefined there (a square root of a non-square mod p, a zero
 * denominator) it draws another from a stream seeded by them, so the member stays a function of its
 * coefficients. The constants of the model (Φ's c, rotary angles, √dk) are drawn once per compilation.
 *
 * @param <A> the primitive array type of the arithmetic
 */
public final class CompiledNetworkGenerators<A> implements CompiledGenerators<A> {
    /** Draws per member before giving up: each square root of the forward pass halves the chance of a draw. */
    static final int MAX_DRAWS = 1 << 16;

    private final NetworkGenerators fields;
    private final JetArithmetic<A> arithmetic;
    private final A basePoint;
    private final Network network;
    private final int inputs;
    private final int outputs;
    private final int drift;
    private final CompiledPolynomialGenerators<A> compiledDrift;
    private final LongFunction<Adjoined<A>> adjoined;
    /** The friction τ of mirror momentum, as a scalar. */
    private final A tau;

    CompiledNetworkGenerators(NetworkGenerators fields, JetArithmetic<A> arithmetic, A basePoint) {
        this.fields = fields;
        this.arithmetic = arithmetic;
        this.basePoint = basePoint;
        this.network = fields.network();
        this.inputs = network.input().tokens() * network.input().features();
        this.outputs = network.output().tokens() * network.output().features();
        this.drift = fields.drift() == null ? 0 : 1;
        this.compiledDrift = fields.drift() == null ? null : fields.drift().compile(arithmetic, basePoint);
        this.adjoined = adjoinedValues(arithmetic, basePoint);
        this.tau = arithmetic.allocate(1);
        if (fields.flow() instanceof MirrorMomentumFlow m) {
            arithmetic.setRational(tau, 0, m.tau());
        }
    }

    @SuppressWarnings("unchecked")
    private LongFunction<Adjoined<A>> adjoinedValues(JetArithmetic<A> arithmetic, A point) {
        long seed = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < Math.min(8, fields.stateDimension()); i++) {
            seed = seed * 31 + Double.doubleToLongBits(Math.abs(arithmetic.toDouble(point, i)));
        }
        return switch (arithmetic) {
            case JetArithmetic_MODP exact -> {
                ExactAdjoined.Constants constants = new ExactAdjoined.Constants(exact.field(), new SplittableRandom(seed));
                yield s -> (Adjoined<A>) new ExactAdjoined(exact.field(), constants, fields.ties(), s, null, null);
            }
            case JetArithmetic_F64 floating -> s -> (Adjoined<A>) new FloatAdjoined(s, floating.isMagnitudes());
            default -> throw new IllegalArgumentException("no adjoined values for " + arithmetic);
        };
    }

    @Override
    public int memberSize() {
        return inputs + outputs + drift + 1;
    }

    /** The member at data point x = coefficients[0, T·N), weights w = the next T'·N', drift coefficient, seed. */
    @Override
    public JetField<A> member(A coefficients) {
        A x = arithmetic.allocate(inputs);
        System.arraycopy(coefficients, 0, x, 0, inputs);
        A w = arithmetic.allocate(outputs);
        System.arraycopy(coefficients, inputs, w, 0, outputs);
        A driftCoefficient = arithmetic.allocate(1);
        System.arraycopy(coefficients, inputs + outputs, driftCoefficient, 0, drift);
        long seed = Double.doubleToLongBits(Math.abs(arithmetic.toDouble(coefficients, inputs + outputs + drift)));
        SplittableRandom redraws = new SplittableRandom(seed);
        for (int draw = 0; draw < MAX_DRAWS; draw++) {
            Adjoined<A> values = adjoined.apply(draw == 0 ? seed : redraws.nextLong());
            if (draw > 0) {
                x = arithmetic.random(inputs, redraws);
            }
            try {
                network.forward(new JetTape<>(arithmetic, values, 0, basePoint, fields.thetaOffset(),
                        network.parameterCount(), x, network.input().features()));
            } catch (JetTape.DegeneratePoint e) {
                continue;
            }
            A data = x;
            return (point, order) -> evaluate(point, order, data, w, driftCoefficient, values);
        }
        throw new ArithmeticException("no data point among " + MAX_DRAWS + " draws where the forward pass of "
                + network.architecture().text() + " is defined modulo the prime (its square roots need squares)");
    }

    private A evaluate(A point, int order, A x, A w, A driftCoefficient, Adjoined<A> values) {
        int size = 1 << order;
        int d = network.parameterCount();
        JetTape<A> tape = new JetTape<>(arithmetic, values, order, point, fields.thetaOffset(), d, x,
                network.input().features());
        A gradient = tape.gradient(network.forward(tape), w);
        int length = fields.stateDimension() * size;
        A field = compiledDrift == null ? arithmetic.allocate(length)
                : scaled(compiledDrift.evaluateGenerator(0, point, order), driftCoefficient, length);
        int target = fields.forceOffset() * size;
        int theta = fields.thetaOffset() * size;
        A weighted = arithmetic.allocate(size);
        for (int j = 0; j < d; j++) {
            int gj = j * size;
            switch (fields.metric()) {
                case IDENTITY -> arithmetic.add(gradient, gj, field, target + gj, size);
                case THETA -> {
                    arithmetic.multiply(point, theta + gj, gradient, gj, weighted, 0, order);
                    arithmetic.add(weighted, 0, field, target + gj, size);
                }
                case FRICTION_THETA_PLUS_VELOCITY -> {
                    // (τθ_j + θ'_j)·g_j; θ'_j sits where the force goes
                    A factor = arithmetic.allocate(size);
                    arithmetic.addScaled(tau, 0, point, theta + gj, factor, 0, size);
                    arithmetic.add(point, target + gj, factor, 0, size);
                    arithmetic.multiply(factor, 0, gradient, gj, weighted, 0, order);
                    arithmetic.add(weighted, 0, field, target + gj, size);
                }
            }
        }
        return field;
    }

    /** factor[0]·values[0, length). */
    private A scaled(A values, A factor, int length) {
        A result = arithmetic.allocate(length);
        arithmetic.addScaled(factor, 0, values, 0, result, 0, length);
        return result;
    }
}
