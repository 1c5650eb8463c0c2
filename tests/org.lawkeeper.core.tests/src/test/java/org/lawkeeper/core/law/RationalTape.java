package org.lawkeeper.core.law;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.hipparchus.fraction.BigFraction;
import org.lawkeeper.core.model.net.ScalarOps;

/**
 * A network's forward pass and gradient in exact rational arithmetic, for witnesses: parameters and inputs
 * are rationals, and every e^z takes the value the witness prescribes for that call (as when z = ln 3 makes
 * e^{−z} = 1/3), with d e^z = e^z dz. Square roots, Φ and rotations are not needed by the witnesses.
 */
final class RationalTape implements ScalarOps {
    private final BigFraction[] theta;
    private final BigFraction[][] inputs;
    private final IntFunction<BigFraction> exponentials;
    private final List<BigFraction> values = new ArrayList<>();
    private final List<int[]> operands = new ArrayList<>();
    /** Per node: ∂node/∂left and ∂node/∂right. */
    private final List<BigFraction[]> partials = new ArrayList<>();
    private final Map<Integer, Integer> parameterNodes = new HashMap<>();
    private int exponentialCalls;

    RationalTape(BigFraction[] theta, BigFraction[][] inputs, IntFunction<BigFraction> exponentials) {
        this.theta = theta;
        this.inputs = inputs;
        this.exponentials = exponentials;
    }

    BigFraction value(int handle) {
        return values.get(handle);
    }

    /** ∂(Σ w_o · output_o)/∂θ. */
    BigFraction[] gradient(int[][] outputs, BigFraction[][] w) {
        BigFraction[] adjoint = new BigFraction[values.size()];
        Arrays.fill(adjoint, BigFraction.ZERO);
        for (int t = 0; t < outputs.length; t++) {
            for (int i = 0; i < outputs[t].length; i++) {
                adjoint[outputs[t][i]] = adjoint[outputs[t][i]].add(w[t][i]);
            }
        }
        for (int node = values.size() - 1; node >= 0; node--) {
            int[] children = operands.get(node);
            for (int k = 0; k < children.length; k++) {
                adjoint[children[k]] = adjoint[children[k]].add(adjoint[node].multiply(partials.get(node)[k]));
            }
        }
        BigFraction[] gradient = new BigFraction[theta.length];
        for (int j = 0; j < theta.length; j++) {
            Integer node = parameterNodes.get(j);
            gradient[j] = node == null ? BigFraction.ZERO : adjoint[node];
        }
        return gradient;
    }

    private int node(BigFraction value, int[] children, BigFraction... derivatives) {
        values.add(value);
        operands.add(children);
        partials.add(derivatives);
        return values.size() - 1;
    }

    @Override
    public int constant(BigFraction value) {
        return node(value, new int[0]);
    }

    @Override
    public int parameter(int coordinate) {
        return parameterNodes.computeIfAbsent(coordinate, j -> node(theta[j], new int[0]));
    }

    @Override
    public int input(int token, int feature) {
        return constant(inputs[token][feature]);
    }

    @Override
    public int add(int a, int b) {
        return node(value(a).add(value(b)), new int[] {a, b}, BigFraction.ONE, BigFraction.ONE);
    }

    @Override
    public int subtract(int a, int b) {
        return node(value(a).subtract(value(b)), new int[] {a, b}, BigFraction.ONE, BigFraction.MINUS_ONE);
    }

    @Override
    public int multiply(int a, int b) {
        return node(value(a).multiply(value(b)), new int[] {a, b}, value(b), value(a));
    }

    @Override
    public int divide(int a, int b) {
        BigFraction quotient = value(a).divide(value(b));
        return node(quotient, new int[] {a, b}, value(b).reciprocal(), quotient.divide(value(b)).negate());
    }

    @Override
    public int exp(int a) {
        BigFraction e = exponentials.apply(exponentialCalls++);
        return node(e, new int[] {a}, e);
    }

    @Override
    public int sqrt(int a) {
        throw new UnsupportedOperationException("√ in a rational witness");
    }

    @Override
    public int relu(int a) {
        return value(a).compareTo(BigFraction.ZERO) > 0 ? a : constant(BigFraction.ZERO);
    }

    @Override
    public int normalCdf(int a) {
        throw new UnsupportedOperationException("Φ in a rational witness");
    }

    @Override
    public int squareRootOf(int n) {
        throw new UnsupportedOperationException("√n in a rational witness");
    }

    @Override
    public int rotation(int frequency, int frequencies, int position, boolean sine) {
        throw new UnsupportedOperationException("rotations in a rational witness");
    }
}
