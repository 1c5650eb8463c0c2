package org.lawkeeper.core.model.net;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lawkeeper.core.model.net.Architecture.Shape;
import org.lawkeeper.core.polynomial.Polynomial;

/**
 * A network with its parameters: the blocks of θ, named as in docs/MODELS.md, and a forward pass
 * written once over {@link ScalarOps}, which every arithmetic of Lawkeeper evaluates (doubles with
 * gradients for the harness, jets over F_p for the count, polynomials for the factorisation).
 */
public final class Network {
    private final Architecture architecture;
    private final List<Block> blocks;
    private final List<Stage> stages;
    private final List<PlacedLayer> structure;
    private final int parameterCount;

    private Network(Architecture architecture, List<Block> blocks, NetworkLayout.Chain chain) {
        this.architecture = architecture;
        this.blocks = List.copyOf(blocks);
        this.stages = chain.stages();
        this.structure = chain.placed();
        this.parameterCount = blocks.stream().mapToInt(Block::size).sum();
    }

    /** The network of {@code architecture}; its size should be checked first with {@link #parameterCount(Architecture)}. */
    public static Network of(Architecture architecture) {
        NetworkLayout layout = new NetworkLayout();
        NetworkLayout.Chain chain = layout.chain(architecture.layers(),
                new Shape(architecture.tokens(), architecture.features()));
        return new Network(architecture, layout.blocks(), chain);
    }

    /** The layers in order with the blocks each owns, residual bodies and experts as inner chains. */
    public List<PlacedLayer> structure() {
        return structure;
    }

    /** The number of parameters {@code architecture} has, saturating at {@link Long#MAX_VALUE}; nothing is built. */
    public static long parameterCount(Architecture architecture) {
        return NetworkLayout.count(architecture.layers(), new Shape(architecture.tokens(), architecture.features()));
    }

    /** An estimate of the scalar operations of one forward pass, saturating; nothing is built. */
    public static long operations(Architecture architecture) {
        return NetworkLayout.operations(architecture.layers(), new Shape(architecture.tokens(), architecture.features()));
    }

    public Architecture architecture() {
        return architecture;
    }

    /** The parameter blocks in the order of θ. */
    public List<Block> blocks() {
        return blocks;
    }

    public int parameterCount() {
        return parameterCount;
    }

    /** The input shape, T × N. */
    public Shape input() {
        return new Shape(architecture.tokens(), architecture.features());
    }

    /** The output shape. */
    public Shape output() {
        return architecture.output();
    }

    /** The outputs f(x; θ), T' × N' handles, computed in {@code ops} from its inputs and parameters. */
    public int[][] forward(ScalarOps ops) {
        int[][] x = new int[architecture.tokens()][architecture.features()];
        for (int t = 0; t < x.length; t++) {
            for (int n = 0; n < x[t].length; n++) {
                x[t][n] = ops.input(t, n);
            }
        }
        return Stage.chain(stages, ops, x);
    }

    /**
     * Whether every layer is polynomial in θ and the input once each ReLU is replaced by a pattern
     * variable: dense, relu, pow, glu, linear attention without rotary encoding, convolutions and residual
     * blocks of those. Such a network has a finite factorisation (docs/ALGORITHMS.md §16).
     */
    public boolean isPolynomial() {
        return Layers.allPolynomial(architecture.layers());
    }

    /**
     * The factorisation of a polynomial network ({@link #isPolynomial}), read off the symbolic forward pass;
     * empty when the expansion needs more than {@code budget} term products.
     */
    public Optional<List<Polynomial>> factorisation(long budget) {
        if (!isPolynomial()) {
            throw new IllegalStateException(architecture.text() + " is not polynomial");
        }
        return PolynomialOps.factorisation(this, budget);
    }

    /** The whole numbers n whose √n the forward pass uses (the scales 1/√dk of softmax attention). */
    public Set<Integer> squareRoots() {
        return Layers.squareRoots(architecture.layers());
    }

    /**
     * Why the ReLU activations cannot be lifted to all their patterns, if they cannot: a ReLU is lifted by a
     * pattern variable per unit, which represents every pattern only when everything after it is
     * multilinear in that variable (docs/ALGORITHMS.md §16).
     */
    public Optional<String> reluObstruction() {
        return Layers.reluObstruction(architecture);
    }

    @Override
    public String toString() {
        return architecture.text() + " (D = " + parameterCount + ")";
    }
}
