package org.lawkeeper.core.field;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.hipparchus.fraction.BigFraction;
import org.lawkeeper.core.jet.JetArithmetic;
import org.lawkeeper.core.model.net.ScalarOps;

/**
 * Reverse-mode differentiation of a network's forward pass over jets: every value is a nested dual
 * number of one order (docs/ALGORITHMS.md §3), the parameters are the coordinates of a jet point, the
 * inputs are scalars. {@link #gradient} returns ∇_θ⟨w, f(x; θ)⟩ as jets, that is the field χ_{x,w} at the
 * jet point with its derivatives, which is what a bracket needs. exp, √ and Φ are expanded by their Taylor
 * coefficients at the base value, which {@link Adjoined} supplies.
 *
 * @param <A> the primitive array type of the arithmetic
 */
final class JetTape<A> implements ScalarOps {
    private static final int CONSTANT = 0;
    private static final int ADD = 1;
    private static final int SUBTRACT = 2;
    private static final int MULTIPLY = 3;
    private static final int DIVIDE = 4;
    private static final int UNARY = 5;

    /** The point is degenerate for this member: a division by zero or a square root of a non-square. */
    static final class DegeneratePoint extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DegeneratePoint() {
            super(null, null, false, false);
        }
    }

    private final JetArithmetic<A> arithmetic;
    private final Adjoined<A> adjoined;
    private final int order;
    private final int size;
    private final A point;
    private final int thetaOffset;
    private final A inputs;
    private final int features;
    private final int[] parameterNode;
    private final Map<BigFraction, Integer> constants = new HashMap<>();
    private int[] operation = new int[256];
    private int[] left = new int[256];
    private int[] right = new int[256];
    private A values;
    /** Per node: the derivative of a unary function, or 1/b of a division, as a jet. */
    private A auxiliary;
    private int count;

    /**
     * A tape at the jet point {@code point} (order {@code order}) whose θ coordinates start at
     * {@code thetaOffset}, for the input {@code inputs} (T × N scalars, row-major).
     */
    JetTape(JetArithmetic<A> arithmetic, Adjoined<A> adjoined, int order, A point, int thetaOffset, int parameters,
            A inputs, int features) {
        this.arithmetic = arithmetic;
        this.adjoined = adjoined;
        this.order = order;
        this.size = 1 << order;
        this.point = point;
        this.thetaOffset = thetaOffset;
        this.inputs = inputs;
        this.features = features;
        this.parameterNode = new int[parameters];
        Arrays.fill(parameterNode, -1);
        this.values = arithmetic.allocate(256 * size);
        this.auxiliary = arithmetic.allocate(256 * size);
        adjoined.restart();
    }

    /** ∇_θ⟨w, outputs⟩ as D jets (coordinate j at j·2^order), for output weights {@code w} (T' × N' scalars). */
    A gradient(int[][] outputs, A w) {
        A adjoint = arithmetic.allocate(count * size);
        int k = 0;
        for (int[] token : outputs) {
            for (int node : token) {
                arithmetic.addScaled(w, k++, one(), 0, adjoint, node * size, 1);
            }
        }
        A scratch = arithmetic.allocate(size);
        A product = arithmetic.allocate(size);
        for (int i = count - 1; i >= 0; i--) {
            int at = i * size;
            if (operation[i] == CONSTANT || isZero(adjoint, at)) {
                continue;
            }
            int a = left[i] * size;
            int b = right[i] * size;
            switch (operation[i]) {
                case ADD -> {
                    arithmetic.add(adjoint, at, adjoint, a, size);
                    arithmetic.add(adjoint, at, adjoint, b, size);
                }
                case SUBTRACT -> {
                    arithmetic.add(adjoint, at, adjoint, a, size);
                    arithmetic.subtract(adjoint, b, adjoint, at, adjoint, b, size);
                }
                case MULTIPLY -> {
                    arithmetic.multiply(adjoint, at, values, b, product, 0, order);
                    arithmetic.add(product, 0, adjoint, a, size);
                    arithmetic.multiply(adjoint, at, values, a, product, 0, order);
                    arithmetic.add(product, 0, adjoint, b, size);
                }
                case DIVIDE -> {
                    // d(a/b) = da/b − (a/b)·db/b
                    arithmetic.multiply(adjoint, at, auxiliary, at, scratch, 0, order);
                    arithmetic.add(scratch, 0, adjoint, a, size);
                    arithmetic.multiply(scratch, 0, values, at, product, 0, order);
                    arithmetic.subtract(adjoint, b, product, 0, adjoint, b, size);
                }
                case UNARY -> {
                    arithmetic.multiply(adjoint, at, auxiliary, at, product, 0, order);
                    arithmetic.add(product, 0, adjoint, a, size);
                }
                default -> throw new IllegalStateException("operation " + operation[i]);
            }
        }
        A gradient = arithmetic.allocate(parameterNode.length * size);
        for (int j = 0; j < parameterNode.length; j++) {
            if (parameterNode[j] >= 0) {
                System.arraycopy(adjoint, parameterNode[j] * size, gradient, j * size, size);
            }
        }
        return gradient;
    }

    /** The value part of a node, for the audit of transcendental arguments. */
    A values() {
        return values;
    }

    @Override
    public int constant(BigFraction value) {
        Integer node = constants.get(value);
        if (node == null) {
            node = newNode(CONSTANT, -1, -1);
            arithmetic.setRational(values, node * size, value);
            constants.put(value, node);
        }
        return node;
    }

    @Override
    public int parameter(int coordinate) {
        if (parameterNode[coordinate] < 0) {
            int node = newNode(CONSTANT, -1, -1);
            System.arraycopy(point, (thetaOffset + coordinate) * size, values, node * size, size);
            parameterNode[coordinate] = node;
        }
        return parameterNode[coordinate];
    }

    @Override
    public int input(int token, int feature) {
        return scalar(inputs, token * features + feature);
    }

    @Override
    public int add(int a, int b) {
        int node = newNode(ADD, a, b);
        System.arraycopy(values, a * size, values, node * size, size);
        arithmetic.add(values, b * size, values, node * size, size);
        return node;
    }

    @Override
    public int subtract(int a, int b) {
        int node = newNode(SUBTRACT, a, b);
        arithmetic.subtract(values, a * size, values, b * size, values, node * size, size);
        return node;
    }

    @Override
    public int multiply(int a, int b) {
        int node = newNode(MULTIPLY, a, b);
        arithmetic.multiply(values, a * size, values, b * size, values, node * size, order);
        return node;
    }

    @Override
    public int divide(int a, int b) {
        int node = newNode(DIVIDE, a, b);
        if (!arithmetic.invert(values, b * size, auxiliary, node * size, order)) {
            throw new DegeneratePoint();
        }
        arithmetic.multiply(values, a * size, auxiliary, node * size, values, node * size, order);
        return node;
    }

    @Override
    public int exp(int a) {
        return unary(Adjoined.Function.EXP, a);
    }

    @Override
    public int sqrt(int a) {
        return unary(Adjoined.Function.SQRT, a);
    }

    @Override
    public int normalCdf(int a) {
        return unary(Adjoined.Function.NORMAL_CDF, a);
    }

    @Override
    public int relu(int a) {
        return multiply(scalar(adjoined.pattern(), 0), a);
    }

    @Override
    public int squareRootOf(int n) {
        return scalar(adjoined.squareRootOf(n), 0);
    }

    @Override
    public int rotation(int frequency, int frequencies, int position, boolean sine) {
        return scalar(adjoined.rotation(frequency, frequencies, position, sine), 0);
    }

    /** f(z0 + δ) = Σ c_k δ^k and f'(z0 + δ) = Σ (k+1)c_{k+1} δ^k, δ nilpotent (δ^{order+1} = 0). */
    private int unary(Adjoined.Function function, int a) {
        A c = adjoined.taylor(function, values, a * size, order + 2);
        if (c == null) {
            throw new DegeneratePoint();
        }
        int node = newNode(UNARY, a, -1);
        A delta = arithmetic.allocate(size);
        System.arraycopy(values, a * size + 1, delta, 1, size - 1);
        A power = arithmetic.allocate(size);
        arithmetic.setRational(power, 0, BigFraction.ONE);
        A next = arithmetic.allocate(size);
        A scaled = arithmetic.allocate(1);
        for (int k = 0; k <= order; k++) {
            arithmetic.addScaled(c, k, power, 0, values, node * size, size);
            arithmetic.multiplyScalars(c, k + 1, coefficient(k + 1), 0, scaled, 0);
            arithmetic.addScaled(scaled, 0, power, 0, auxiliary, node * size, size);
            arithmetic.multiply(power, 0, delta, 0, next, 0, order);
            A swap = power;
            power = next;
            next = swap;
        }
        return node;
    }

    private A coefficient(int k) {
        A value = arithmetic.allocate(1);
        arithmetic.setRational(value, 0, new BigFraction(k));
        return value;
    }

    /** A constant node holding scalar {@code source[at]}. */
    private int scalar(A source, int at) {
        int node = newNode(CONSTANT, -1, -1);
        System.arraycopy(source, at, values, node * size, 1);
        return node;
    }

    private A one() {
        A one = arithmetic.allocate(1);
        arithmetic.setRational(one, 0, BigFraction.ONE);
        return one;
    }

    private boolean isZero(A jets, int at) {
        for (int i = 0; i < size; i++) {
            if (!arithmetic.isZero(jets, at + i)) {
                return false;
            }
        }
        return true;
    }

    private int newNode(int op, int a, int b) {
        if (count == operation.length) {
            int capacity = 2 * count;
            operation = Arrays.copyOf(operation, capacity);
            left = Arrays.copyOf(left, capacity);
            right = Arrays.copyOf(right, capacity);
            values = grow(values, capacity);
            auxiliary = grow(auxiliary, capacity);
        }
        operation[count] = op;
        left[count] = a;
        right[count] = b;
        return count++;
    }

    private A grow(A array, int capacity) {
        A grown = arithmetic.allocate(capacity * size);
        System.arraycopy(array, 0, grown, 0, count * size);
        return grown;
    }
}
