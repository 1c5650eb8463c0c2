package org.lawkeeper.core.model.net;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lawkeeper.core.model.net.Architecture.Shape;

/**
 * Gives a network's layers their blocks, in the order of the text, with one counter per kind of block:
 * dense W1, W2, … (biases b1, …), gated B1/C1, …, moe gates G1, …, convolutions F1, …; attention heads
 * Q1, K1, V1, O1, … and experts E1_, E2_, … are numbered across the whole network, and an expert's own
 * blocks restart their counters behind its prefix (E1_W1).
 */
final class NetworkLayout {
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

    /** The stages of a chain and its layers with their blocks. */
    record Chain(List<Stage> stages, List<PlacedLayer> placed) {
        Chain {
            stages = List.copyOf(stages);
            placed = List.copyOf(placed);
        }
    }

    Chain chain(List<Layer> layers, Shape input) {
        List<Stage> stages = new ArrayList<>();
        List<PlacedLayer> placed = new ArrayList<>();
        Shape shape = input;
        for (Layer layer : layers) {
            int before = blocks.size();
            List<List<PlacedLayer>> inner = new ArrayList<>();
            stages.add(stage(layer, shape, inner));
            placed.add(new PlacedLayer(layer, own(before, inner), inner));
            shape = next(layer, shape);
        }
        return new Chain(stages, placed);
    }

    /** The blocks added since {@code before} that belong to the layer itself, not to its inner chains. */
    private List<Block> own(int before, List<List<PlacedLayer>> inner) {
        Set<Block> nested = new HashSet<>();
        inner.forEach(chain -> collect(chain, nested));
        return blocks.subList(before, blocks.size()).stream().filter(b -> !nested.contains(b)).toList();
    }

    private static void collect(List<PlacedLayer> chain, Set<Block> into) {
        for (PlacedLayer placed : chain) {
            into.addAll(placed.blocks());
            placed.chains().forEach(inner -> collect(inner, into));
        }
    }

    private Stage stage(Layer layer, Shape shape, List<List<PlacedLayer>> inner) {
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
            case Layer.Residual r -> {
                Chain body = chain(r.body(), shape);
                inner.add(body.placed());
                yield new ResidualStage(body.stages());
            }
            case Layer.Norm n -> new NormStage(n.rms());
            case Layer.Experts e -> {
                Block gate = block("G" + ++counters[MOE], e.count(), width, layer);
                List<List<Stage>> experts = new ArrayList<>();
                for (int i = 0; i < e.count(); i++) {
                    NetworkLayout expert = new NetworkLayout(prefix + "E" + ++shared[EXPERT] + "_", shared, offset);
                    Chain chain = expert.chain(e.expert(), shape);
                    experts.add(chain.stages());
                    inner.add(chain.placed());
                    blocks.addAll(expert.blocks);
                    offset = expert.offset;
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

    /** An estimate of the scalar operations of one forward pass of {@code layers}, saturating. */
    static long operations(List<Layer> layers, Shape input) {
        long total = 0;
        Shape shape = input;
        for (Layer layer : layers) {
            long t = shape.tokens();
            long n = shape.features();
            long cost = switch (layer) {
                case Layer.Dense d -> product(2 * t * n, d.width());
                case Layer.Gated g -> product(5 * t * n, g.width());
                case Layer.Attention a -> product(a.heads(), saturatingAdd(product(2 * t * n, 2L * a.keyWidth()
                        + 2L * a.valueWidth()), product(2 * t * t, a.keyWidth() + a.valueWidth() + 4L)));
                case Layer.Residual r -> saturatingAdd(operations(r.body(), shape), t * n);
                case Layer.Experts e -> saturatingAdd(product(e.count(), operations(e.expert(), shape)),
                        product(4 * t * n, e.count()));
                case Layer.Conv1d c -> product(2 * t * c.kernel(), product(c.channels(), n));
                default -> 8 * t * n;
            };
            total = saturatingAdd(total, cost);
            shape = next(layer, shape);
        }
        return total;
    }

    private static long product(long a, long b) {
        return Math.multiplyHigh(a, b) != 0 || a * b < 0 ? Long.MAX_VALUE : a * b;
    }

    private static long saturatingAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }
}
