package org.lawkeeper.harness.autodiff;

import java.util.Arrays;
import org.hipparchus.fraction.BigFraction;
import org.hipparchus.special.Erf;
import org.lawkeeper.core.model.net.Network;
import org.lawkeeper.core.model.net.ScalarOps;

/**
 * Reverse-mode automatic differentiation of a network's forward pass in double precision
 * (docs/ALGORITHMS.md §17). {@link #forward} evaluates f(x; θ) for one input and records every operation
 * as a node with the local partial derivatives towards its arguments; {@link #pullBack} then sweeps the
 * nodes backwards once and adds ∇_θ⟨w, f(x; θ)⟩ to a gradient, whatever the number of parameters.
 *
 * <p>The arithmetic is what training code computes: ReLU with derivative 1 for z > 0 and 0 otherwise (the
 * choice of every framework, correct almost everywhere), σ and softmax in their overflow-free forms, Φ through
 * the complementary error function, rotary angles position·10000^{−j/frequencies} (RoFormer). A tape is
 * reused from pass to pass without allocating; it is not thread-safe.
 */
public final class NetworkTape implements ScalarOps {
    private static final double NORMAL_DENSITY = 1 / Math.sqrt(2 * Math.PI);
    private static final int INITIAL_NODES = 256;

    private final Network network;
    private final int[] parameterNode;
    private double[] theta;
    private double[][] input;
    private int[][] outputs;

    private double[] value = new double[INITIAL_NODES];
    private int[] depth = new int[INITIAL_NODES];
    /** The arguments of node i are edgeFrom[edgeStart[i] .. edgeStart[i + 1]). */
    private int[] edgeStart = new int[INITIAL_NODES + 1];
    private int[] edgeFrom = new int[2 * INITIAL_NODES];
    private double[] edgeWeight = new double[2 * INITIAL_NODES];
    private double[] adjoint = new double[INITIAL_NODES];
    private int nodes;
    private int edges;

    public NetworkTape(Network network) {
        this.network = network;
        this.parameterNode = new int[network.parameterCount()];
    }

    /** The network whose forward pass this tape records. */
    public Network network() {
        return network;
    }

    /**
     * Evaluates f(x; θ), T' × N' values, and records the pass for {@link #pullBack}.
     *
     * @param input T × N values, as {@link Network#input()} says
     */
    public double[][] forward(double[] theta, double[][] input) {
        if (theta.length != parameterNode.length) {
            throw new IllegalArgumentException(theta.length + " parameters for " + network);
        }
        this.theta = theta;
        this.input = input;
        nodes = 0;
        edges = 0;
        Arrays.fill(parameterNode, -1);
        outputs = network.forward(this);
        double[][] values = new double[outputs.length][];
        for (int t = 0; t < outputs.length; t++) {
            values[t] = new double[outputs[t].length];
            for (int i = 0; i < outputs[t].length; i++) {
                values[t][i] = value[outputs[t][i]];
            }
        }
        return values;
    }

    /** Adds ∇_θ⟨w, f(x; θ)⟩ of the last {@link #forward} pass to {@code gradient}, for output weights w (T' × N'). */
    public void pullBack(double[][] weights, double[] gradient) {
        sweep(weights, gradient, false);
    }

    /**
     * Adds the magnitude of that gradient's computation to {@code out}: the same sweep over the absolute
     * values of the weights and of every local derivative, that is Σ over the paths from θ_j to the outputs
     * of |w|·Π|∂|. The rounding error of the computed gradient is a small multiple of it (§18).
     */
    public void pullBackMagnitude(double[][] weights, double[] out) {
        sweep(weights, out, true);
    }

    /** The value of a node of the last pass, for example of a handle this tape returned as {@link ScalarOps}. */
    public double value(int handle) {
        if (handle < 0 || handle >= nodes) {
            throw new IllegalArgumentException("no node " + handle + " in a pass of " + nodes);
        }
        return value[handle];
    }

    /** The longest chain of operations in the last pass, from a parameter or input to an output. */
    public int depth() {
        if (outputs == null) {
            throw new IllegalStateException("the depth of a pass before any forward pass");
        }
        int longest = 0;
        for (int[] token : outputs) {
            for (int node : token) {
                longest = Math.max(longest, depth[node]);
            }
        }
        return longest;
    }

    private void sweep(double[][] weights, double[] out, boolean magnitude) {
        if (outputs == null) {
            throw new IllegalStateException("pull back before any forward pass");
        }
        Arrays.fill(adjoint, 0, nodes, 0);
        for (int t = 0; t < outputs.length; t++) {
            for (int i = 0; i < outputs[t].length; i++) {
                double w = weights[t][i];
                adjoint[outputs[t][i]] += magnitude ? Math.abs(w) : w;
            }
        }
        for (int node = nodes - 1; node >= 0; node--) {
            double a = adjoint[node];
            if (a == 0) {
                continue;
            }
            for (int e = edgeStart[node]; e < edgeStart[node + 1]; e++) {
                adjoint[edgeFrom[e]] += a * (magnitude ? Math.abs(edgeWeight[e]) : edgeWeight[e]);
            }
        }
        for (int j = 0; j < parameterNode.length; j++) {
            if (parameterNode[j] >= 0) {
                out[j] += adjoint[parameterNode[j]];
            }
        }
    }

    @Override
    public int constant(BigFraction constant) {
        return leaf(constant.doubleValue());
    }

    @Override
    public int parameter(int coordinate) {
        if (parameterNode[coordinate] < 0) {
            parameterNode[coordinate] = leaf(theta[coordinate]);
        }
        return parameterNode[coordinate];
    }

    @Override
    public int input(int token, int feature) {
        return leaf(input[token][feature]);
    }

    @Override
    public int add(int a, int b) {
        return binary(value[a] + value[b], a, 1, b, 1);
    }

    @Override
    public int subtract(int a, int b) {
        return binary(value[a] - value[b], a, 1, b, -1);
    }

    @Override
    public int multiply(int a, int b) {
        return binary(value[a] * value[b], a, value[b], b, value[a]);
    }

    @Override
    public int divide(int a, int b) {
        double quotient = value[a] / value[b];
        return binary(quotient, a, 1 / value[b], b, -quotient / value[b]);
    }

    @Override
    public int exp(int a) {
        double e = Math.exp(value[a]);
        return unary(e, a, e);
    }

    @Override
    public int sqrt(int a) {
        double root = Math.sqrt(value[a]);
        return unary(root, a, 0.5 / root);
    }

    @Override
    public int relu(int a) {
        return value[a] > 0 ? unary(value[a], a, 1) : unary(0, a, 0);
    }

    /** Φ(z) = ½ erfc(−z/√2), accurate in both tails, with Φ'(z) = e^{−z²/2}/√(2π). */
    @Override
    public int normalCdf(int a) {
        double z = value[a];
        return unary(0.5 * Erf.erfc(-z / Math.sqrt(2)), a, NORMAL_DENSITY * Math.exp(-z * z / 2));
    }

    @Override
    public int squareRootOf(int n) {
        return leaf(Math.sqrt(n));
    }

    @Override
    public int rotation(int frequency, int frequencies, int position, boolean sine) {
        double angle = position * Math.pow(10000, -(double) frequency / frequencies);
        return leaf(sine ? Math.sin(angle) : Math.cos(angle));
    }

    /** One node instead of four, and no overflow: e^{−|z|} never exceeds 1. */
    @Override
    public int sigmoid(int a) {
        double z = value[a];
        double small = Math.exp(-Math.abs(z));
        double s = z >= 0 ? 1 / (1 + small) : small / (1 + small);
        return unary(s, a, s * (1 - s));
    }

    /** Shifted by the largest logit, so that no exponential overflows; ∂p_i/∂z_j = p_i(δ_ij − p_j). */
    @Override
    public int[] softmax(int[] logits) {
        double largest = Double.NEGATIVE_INFINITY;
        for (int z : logits) {
            largest = Math.max(largest, value[z]);
        }
        double[] p = new double[logits.length];
        double sum = 0;
        for (int i = 0; i < logits.length; i++) {
            p[i] = Math.exp(value[logits[i]] - largest);
            sum += p[i];
        }
        for (int i = 0; i < logits.length; i++) {
            p[i] /= sum;
        }
        int[] probabilities = new int[logits.length];
        for (int i = 0; i < logits.length; i++) {
            int node = open(p[i], logits.length);
            for (int j = 0; j < logits.length; j++) {
                edge(node, logits[j], p[i] * ((i == j ? 1 : 0) - p[j]));
            }
            probabilities[i] = node;
        }
        return probabilities;
    }

    private int leaf(double v) {
        return open(v, 0);
    }

    private int unary(double v, int a, double da) {
        int node = open(v, 1);
        edge(node, a, da);
        return node;
    }

    private int binary(double v, int a, double da, int b, double db) {
        int node = open(v, 2);
        edge(node, a, da);
        edge(node, b, db);
        return node;
    }

    /** A new node with room for {@code arguments} edges, which {@link #edge} fills right after. */
    private int open(double v, int arguments) {
        if (nodes + 1 >= value.length) {
            int capacity = 2 * value.length;
            value = Arrays.copyOf(value, capacity);
            depth = Arrays.copyOf(depth, capacity);
            adjoint = Arrays.copyOf(adjoint, capacity);
            edgeStart = Arrays.copyOf(edgeStart, capacity + 1);
        }
        if (edges + arguments > edgeFrom.length) {
            int capacity = Math.max(2 * edgeFrom.length, edges + arguments);
            edgeFrom = Arrays.copyOf(edgeFrom, capacity);
            edgeWeight = Arrays.copyOf(edgeWeight, capacity);
        }
        int node = nodes++;
        value[node] = v;
        depth[node] = 0;
        edgeStart[node] = edges;
        edgeStart[nodes] = edges;
        return node;
    }

    private void edge(int node, int from, double weight) {
        edgeFrom[edges] = from;
        edgeWeight[edges] = weight;
        edges++;
        edgeStart[node + 1] = edges;
        depth[node] = Math.max(depth[node], depth[from] + 1);
    }
}
