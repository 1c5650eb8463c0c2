package org.lawkeeper.core.model.net;

import java.util.List;
import org.lawkeeper.core.Excerpt;
import org.lawkeeper.core.SpecException;
import org.lawkeeper.core.model.net.Architecture.Shape;

/** Walks the layers with the shape each receives and rejects a layer that does not fit, naming its column. */
final class ShapeCheck {
    private final String text;

    ShapeCheck(String text) {
        this.text = text;
    }

    /** A problem at {@code column} (1-based; 0 for layers built in code) of {@code text}. */
    static SpecException error(String text, int column, String message) {
        return new SpecException((column > 0 ? "column " + column + " of " : "in ") + "'"
                + Excerpt.around(text, column) + "': " + message);
    }

    /** The shape after {@code layers}, which must not be empty. */
    Shape walk(List<Layer> layers, Shape input) throws SpecException {
        if (input.tokens() < 1 || input.features() < 1 || input.tokens() > NetParser.MAX_SIZE
                || input.features() > NetParser.MAX_SIZE) {
            throw error(text, 0, "the input " + input + " needs sizes between 1 and " + NetParser.MAX_SIZE);
        }
        if (layers.isEmpty()) {
            throw error(text, 0, "a chain of layers is empty");
        }
        Shape shape = input;
        for (Layer layer : layers) {
            checkSizes(layer);
            shape = step(layer, shape);
        }
        return shape;
    }

    /** The parser reads only valid sizes; layers built in code are checked here. */
    private void checkSizes(Layer layer) throws SpecException {
        int[] sizes = switch (layer) {
            case Layer.Dense d -> new int[] {d.width()};
            case Layer.Gated g -> new int[] {g.width()};
            case Layer.Attention a -> new int[] {a.heads(), a.keyWidth(), a.valueWidth()};
            case Layer.Experts e -> new int[] {e.count()};
            case Layer.Conv1d c -> new int[] {c.channels(), c.kernel()};
            default -> new int[0];
        };
        for (int size : sizes) {
            if (size < 1 || size > NetParser.MAX_SIZE) {
                throw fail(layer, layer.text() + " needs sizes between 1 and " + NetParser.MAX_SIZE);
            }
        }
        if (layer instanceof Layer.Activation a && a.kind() == Layer.Activation.Kind.POW
                && (a.power() < 2 || a.power() > NetParser.MAX_POWER)) {
            throw fail(layer, "pow(p) needs a whole p between 2 and " + NetParser.MAX_POWER + ", not " + a.power());
        }
    }

    private Shape step(Layer layer, Shape in) throws SpecException {
        return switch (layer) {
            case Layer.Dense d -> new Shape(in.tokens(), d.width());
            case Layer.Activation a -> in;
            case Layer.Gated g -> new Shape(in.tokens(), g.width());
            case Layer.Attention a -> {
                if (a.rope() && a.keyWidth() % 2 != 0) {
                    throw fail(a, "rope rotates pairs of key columns, so dk must be even, not " + a.keyWidth());
                }
                yield in;
            }
            case Layer.Residual r -> {
                Shape out = walk(r.body(), in);
                if (!out.equals(in)) {
                    throw fail(r, "residual(…) maps " + in + " to " + out + ", but x + F(x) needs F to keep the shape"
                            + (out.tokens() == in.tokens() ? "; end the block with a layer of width " + in.features()
                                    : ""));
                }
                yield in;
            }
            case Layer.Norm n -> {
                // layernorm maps 2 features to ±(1, −1) and rmsnorm 1 feature to ±1: constants up to a sign
                int least = n.rms() ? 2 : 3;
                if (in.features() < least) {
                    throw fail(n, n.text() + " over " + in.features() + (in.features() == 1 ? " feature" : " features")
                            + " is constant up to its sign; it needs at least " + least);
                }
                yield in;
            }
            case Layer.Experts e -> {
                Shape out = walk(e.expert(), in);
                if (out.tokens() != in.tokens()) {
                    throw fail(e, "an expert must keep the number of tokens (" + in.tokens() + "), not change it to "
                            + out.tokens());
                }
                yield out;
            }
            case Layer.Conv1d c -> {
                if (in.features() < c.kernel()) {
                    throw fail(c, "conv1d with kernel " + c.kernel() + " needs a length of at least " + c.kernel()
                            + ", but receives " + in.features() + " (rows are channels, columns positions)");
                }
                yield new Shape(c.channels(), in.features() - c.kernel() + 1);
            }
            case Layer.Softmax s -> in;
        };
    }

    private SpecException fail(Layer layer, String message) {
        return error(text, layer.column(), message);
    }
}
