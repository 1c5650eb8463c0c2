package org.lawkeeper.core.model.net;

import java.util.ArrayList;
import java.util.List;

/**
 * The free sizes of a chain of layers, and the chain rebuilt with new ones. A width is tied, not free,
 * when it must give back a residual block's input width: the last dense, glu or swiglu layer of the body
 * (or of its experts). A convolution shortens the rows by its kernel less one, so it never restores a width.
 */
final class Sizes {
    private Sizes() {
    }

    /** Reads new sizes in order. */
    static final class Cursor {
        private final int[] sizes;
        private int next;

        Cursor(int[] sizes, int start) {
            this.sizes = sizes;
            this.next = start;
        }

        int next() {
            return sizes[next++];
        }
    }

    /** Appends {value, minimum} for every free size of {@code layers}; {@code tieLast} ties the last width. */
    static void collect(List<Layer> layers, boolean tieLast, List<int[]> out) {
        int tied = tieLast ? lastWidthSetter(layers) : -1;
        for (int i = 0; i < layers.size(); i++) {
            boolean free = i != tied;
            switch (layers.get(i)) {
                case Layer.Dense d -> addIf(free, d.width(), leastWidth(layers, i + 1), out);
                case Layer.Gated g -> addIf(free, g.width(), leastWidth(layers, i + 1), out);
                case Layer.Attention a -> {
                    out.add(new int[] {a.heads(), 1});
                    out.add(new int[] {a.keyWidth(), a.rope() ? 2 : 1});
                    out.add(new int[] {a.valueWidth(), 1});
                }
                case Layer.Residual r -> collect(r.body(), true, out);
                case Layer.Experts e -> {
                    out.add(new int[] {e.count(), 1});
                    collect(e.expert(), !free, out);
                }
                case Layer.Conv1d c -> {
                    out.add(new int[] {c.channels(), 1});
                    out.add(new int[] {c.kernel(), 1});
                }
                default -> {
                }
            }
        }
    }

    /**
     * The least width the layers from {@code from} on accept until the next width-setting layer: 3 before a
     * layer norm, 2 before an RMS norm (below that they are constants up to a sign), else 1.
     */
    static int leastWidth(List<Layer> layers, int from) {
        for (int i = from; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            if (layer instanceof Layer.Norm n) {
                return n.rms() ? 2 : 3;
            }
            if (layer instanceof Layer.Dense || layer instanceof Layer.Gated || layer instanceof Layer.Experts
                    || layer instanceof Layer.Conv1d || layer instanceof Layer.Residual) {
                return 1;
            }
        }
        return 1;
    }

    /**
     * {@code layers} with the sizes read from {@code cursor}; {@code features} is the width they receive,
     * {@code tiedWidth} (or null) the width the last width-setting layer must produce.
     */
    static List<Layer> rebuild(List<Layer> layers, int features, Integer tiedWidth, Cursor cursor) {
        int tied = tiedWidth == null ? -1 : lastWidthSetter(layers);
        List<Layer> rebuilt = new ArrayList<>();
        int width = features;
        for (int i = 0; i < layers.size(); i++) {
            boolean free = i != tied;
            Layer layer = switch (layers.get(i)) {
                case Layer.Dense d -> new Layer.Dense(free ? cursor.next() : tiedWidth, d.bias(), d.column());
                case Layer.Gated g -> new Layer.Gated(g.swish(), free ? cursor.next() : tiedWidth, g.column());
                case Layer.Attention a -> new Layer.Attention(cursor.next(), cursor.next(), cursor.next(), a.linear(),
                        a.rope(), a.column());
                case Layer.Residual r -> new Layer.Residual(rebuild(r.body(), width, width, cursor), r.column());
                case Layer.Experts e -> new Layer.Experts(cursor.next(), e.normalisedSigmoid(),
                        rebuild(e.expert(), width, free ? null : tiedWidth, cursor), e.column());
                case Layer.Conv1d c -> new Layer.Conv1d(cursor.next(), cursor.next(), c.column());
                case Layer other -> other;
            };
            width = outputWidth(layer, width);
            rebuilt.add(layer);
        }
        return rebuilt;
    }

    /** The width after {@code layer}, given the width it receives. */
    static int outputWidth(Layer layer, int width) {
        return switch (layer) {
            case Layer.Dense d -> d.width();
            case Layer.Gated g -> g.width();
            case Layer.Conv1d c -> width - c.kernel() + 1;
            case Layer.Experts e -> {
                int w = width;
                for (Layer inner : e.expert()) {
                    w = outputWidth(inner, w);
                }
                yield w;
            }
            default -> width;
        };
    }

    /** The index of the last layer that sets the width, or −1. */
    private static int lastWidthSetter(List<Layer> layers) {
        for (int i = layers.size() - 1; i >= 0; i--) {
            Layer layer = layers.get(i);
            if (layer instanceof Layer.Dense || layer instanceof Layer.Gated
                    || layer instanceof Layer.Experts e && lastWidthSetter(e.expert()) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static void addIf(boolean free, int value, int minimum, List<int[]> out) {
        if (free) {
            out.add(new int[] {value, minimum});
        }
    }
}
