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
    private final int parameterCount;

    private Network(Architecture architecture, List<Block> blocks, List<Stage> stages) {
        this.architecture = architecture;
        this.blocks = List.copyOf(blocks);
        this.stages = List.copyOf(stages);
        this.parameterCount = blocks.stream().mapToInt(Block::size).sum();
    }

    /** The network of {@code architecture}; its size should be checked first with {@link #parameterCount(Architecture)}. */
    public static Network of(Architecture architecture) {
        NetworkLayout layout = new NetworkLayout();
        List<Stage> stages = layout.stages(architecture.layers(),
                new Shape(architecture.tokens(), architecture.features()));
        return new Network(architecture, layout.blocks(), stages);
    }

    /** The number of parameters {@code architecture} has, saturating at {@link Long#MAX_VALUE}; nothing is built. */
    public static long parameterCount(Architecture architecture) {
        return NetworkLayout.count(architecture.layers(), new Shape(architecture.tokens(), architecture.features()));
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

    /** Assigns the blocks in the order of the text, with one counter per kind of block. */
    private static final class NetworkLayout {
        private final List<Block> blocks = new ArrayList<>();
        private final String prefix;
        private final int[] counters;
        /** Heads and experts are numbered across the whole network, including inside experts. */
        private final int[] shared;
        private int offset;

        NetworkLayout() {
            this("", new int[2], 0);
        }

        private NetworkLayout(String prefix, int[] shared, int offset) {
            this.prefix = prefix;
            this.counters = new int[4];
            this.shared = shared;
            this.offset = offset;
        }

        List<Block> blocks() {
            return blocks;
        }

        private static final int DENSE = 0;
        private static final int GATED = 1;
        private static final int MOE = 2;
        private static final int CONV = 3;
        private static final int HEAD = 0;
        private static final int EXPERT = 1;

        List<Stage> stages(List<Layer> layers, Shape input) {
            List<Stage> stages = new ArrayList<>();
            Shape shape = input;
            for (Layer layer : layers) {
                stages.add(stage(layer, shape));
                shape = next(layer, shape);
            }
            return stages;
        }

        private Stage stage(Layer layer, Shape shape) {
            int width = shape.features();
            return switch (layer) {
                case Layer.Dense d -> {
                    int k = ++counters[DENSE];
                    Block w = block("W" + k, d.width(), width, layer);
                    yield new DenseStage(w, d.bias() ? block("b" + k, d.width(), 1, layer) : null);
                }
                case Layer.Activation a -> new ActivationStage(a.kind(), a.power());
                case Layer.Gated g -> {
                    int k = ++counters[GATED];
                    yield new GatedStage(g.swish(), block("B" + k, g.width(), width, layer),
                            block("C" + k, g.width(), width, layer));
                }
                case Layer.Attention a -> {
                    List<AttentionStage.Head> heads = new ArrayList<>();
                    for (int h = 0; h < a.heads(); h++) {
                        int i = ++shared[HEAD];
                        heads.add(new AttentionStage.Head(block("Q" + i, width, a.keyWidth(), layer),
                                block("K" + i, width, a.keyWidth(), layer), block("V" + i, width, a.valueWidth(), layer),
                                block("O" + i, a.valueWidth(), width, layer)));
                    }
                    yield new AttentionStage(heads, a.linear(), a.rope());
                }
                case Layer.Residual r -> new ResidualStage(stages(r.body(), shape));
                case Layer.Norm n -> new NormStage(n.rms());
                case Layer.Experts e -> {
                    Block gate = block("G" + ++counters[MOE], e.count(), width, layer);
                    List<List<Stage>> experts = new ArrayList<>();
                    for (int i = 0; i < e.count(); i++) {
                        NetworkLayout inner = new NetworkLayout(prefix + "E" + ++shared[EXPERT] + "_", shared, offset);
                        experts.add(inner.stages(e.expert(), shape));
                        blocks.addAll(inner.blocks);
                        offset = inner.offset;
                    }
                    yield new ExpertsStage(gate, e.normalisedSigmoid(), experts);
                }
                case Layer.Conv1d c -> new ConvStage(
                        block("F" + ++counters[CONV], c.channels(), shape.tokens() * c.kernel(), layer), c.kernel());
                case Layer.Softmax s -> new SoftmaxStage();
            };
        }

        private Block block(String name, int rows, int columns, Layer layer) {
            Block block = new Block(prefix + name, rows, columns, offset, describe(layer));
            offset += block.size();
            blocks.add(block);
            return block;
        }

        private static String describe(Layer layer) {
            return switch (layer) {
                case Layer.Experts e -> "moe(experts=" + e.count() + ",gate=" + (e.normalisedSigmoid() ? "nsigmoid" : "softmax")
                        + ",…) gate";
                default -> layer.text() + (layer.column() > 0 ? " at column " + layer.column() : "");
            };
        }

        /** The shape after {@code layer}. */
        private static Shape next(Layer layer, Shape shape) {
            int tokens = layer instanceof Layer.Conv1d c ? c.channels() : shape.tokens();
            return new Shape(tokens, Sizes.outputWidth(layer, shape.features()));
        }

        /** The parameter count of {@code layers}, saturating. */
        static long count(List<Layer> layers, Shape input) {
            long count = 0;
            Shape shape = input;
            for (Layer layer : layers) {
                int width = shape.features();
                long size = switch (layer) {
                    case Layer.Dense d -> product(d.width(), width + (d.bias() ? 1L : 0L));
                    case Layer.Gated g -> product(2L * g.width(), width);
                    case Layer.Attention a -> product(a.heads(), 2L * width * a.keyWidth() + 2L * width * a.valueWidth());
                    case Layer.Residual r -> count(r.body(), shape);
                    case Layer.Experts e -> saturatingAdd(product(e.count(), width),
                            product(e.count(), count(e.expert(), shape)));
                    case Layer.Conv1d c -> product(c.channels(), product(shape.tokens(), c.kernel()));
                    default -> 0L;
                };
                count = saturatingAdd(count, size);
                shape = next(layer, shape);
            }
            return count;
        }

        private static long product(long a, long b) {
            return Math.multiplyHigh(a, b) != 0 || a * b < 0 ? Long.MAX_VALUE : a * b;
        }

        private static long saturatingAdd(long a, long b) {
            long sum = a + b;
            return sum < 0 ? Long.MAX_VALUE : sum;
        }
    }
}
