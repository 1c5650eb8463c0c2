package org.lawkeeper.core.model.net;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.lawkeeper.core.Excerpt;

/** Structural facts about chains of layers that decide how a network can be analysed exactly. */
final class Layers {
    private Layers() {
    }

    /** Whether every layer is polynomial once ReLU patterns are variables (see {@link Network#isPolynomial}). */
    static boolean allPolynomial(List<Layer> layers) {
        return layers.stream().allMatch(Layers::polynomial);
    }

    private static boolean polynomial(Layer layer) {
        return switch (layer) {
            case Layer.Dense d -> true;
            case Layer.Activation a -> a.kind() == Layer.Activation.Kind.RELU || a.kind() == Layer.Activation.Kind.POW;
            case Layer.Gated g -> !g.swish();
            case Layer.Attention a -> a.linear() && !a.rope();
            case Layer.Residual r -> allPolynomial(r.body());
            case Layer.Conv1d c -> true;
            default -> false;
        };
    }

    /** See {@link Network#squareRoots}. */
    static Set<Integer> squareRoots(List<Layer> layers) {
        Set<Integer> roots = new TreeSet<>();
        for (Layer layer : layers) {
            switch (layer) {
                case Layer.Attention a when !a.linear() -> roots.add(a.keyWidth());
                case Layer.Residual r -> roots.addAll(squareRoots(r.body()));
                case Layer.Experts e -> roots.addAll(squareRoots(e.expert()));
                default -> {
                }
            }
        }
        return roots;
    }

    /** See {@link Network#reluObstruction}. */
    static Optional<String> reluObstruction(Architecture architecture) {
        try {
            walk(architecture.layers(), null);
            return Optional.empty();
        } catch (Obstruction o) {
            return Optional.of(o.describe(architecture.text()));
        }
    }

    /** A ReLU followed by a layer that is not multilinear in its pattern variables. */
    private static final class Obstruction extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Layer relu;
        private final transient Layer next;

        Obstruction(Layer relu, Layer next) {
            super(null, null, false, false);
            this.relu = relu;
            this.next = next;
        }

        String describe(String text) {
            return "the relu" + at(relu) + " feeds " + next.text() + at(next) + " of '" + Excerpt.shorten(text)
                    + "': Lawkeeper lifts a "
                    + "relu to all its activation patterns only when every later layer is dense, relu, conv1d or a "
                    + "residual block of those";
        }

        private static String at(Layer layer) {
            return layer.column() > 0 ? " at column " + layer.column() : "";
        }
    }

    /** Walks in evaluation order; {@code pending} is a ReLU seen before. Returns the ReLU pending after. */
    private static Layer walk(List<Layer> layers, Layer pending) throws Obstruction {
        Layer relu = pending;
        for (Layer layer : layers) {
            switch (layer) {
                case Layer.Activation a when a.kind() == Layer.Activation.Kind.RELU -> relu = relu == null ? a : relu;
                case Layer.Dense d -> {
                }
                case Layer.Conv1d c -> {
                }
                case Layer.Residual r -> relu = walk(r.body(), relu);
                case Layer.Experts e -> {
                    // the gate sees the input non-linearly; the experts' outputs enter linearly
                    if (relu != null) {
                        throw new Obstruction(relu, e);
                    }
                    relu = walk(e.expert(), null);
                }
                default -> {
                    if (relu != null) {
                        throw new Obstruction(relu, layer);
                    }
                }
            }
        }
        return relu;
    }
}
