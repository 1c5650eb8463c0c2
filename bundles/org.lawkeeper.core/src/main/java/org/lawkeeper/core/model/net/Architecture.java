package org.lawkeeper.core.model.net;

import java.util.ArrayList;
import java.util.List;
import org.lawkeeper.core.SpecException;

/**
 * A network as the layer language writes it, checked: the input shape (T tokens × N features) and the
 * layers, each of which fits the shape it receives. The text is canonical; {@link #sizes()} are the
 * architecture's free sizes for property tests to shrink. Grammar and block names: docs/MODELS.md.
 *
 * <p>A width fixed by its context is not free: the last width-setting layer of a residual body must give
 * the block's input width back, so it follows the input width when sizes change.
 */
public final class Architecture {
    private final int tokens;
    private final int features;
    private final List<Layer> layers;
    private final String text;

    private Architecture(int tokens, int features, List<Layer> layers) {
        this.tokens = tokens;
        this.features = features;
        this.layers = List.copyOf(layers);
        this.text = "net:" + (tokens == 1 ? "" : tokens + "x") + features + ">" + Layer.chain(layers);
    }

    /**
     * Reads a spec {@code net:…}.
     *
     * @throws SpecException naming the column and the problem
     */
    public static Architecture parse(String spec) throws SpecException {
        return NetParser.parse(spec);
    }

    /**
     * The architecture of layers built in code (columns 0).
     *
     * @throws SpecException when a layer does not fit the shape it receives
     */
    public static Architecture of(int tokens, int features, List<Layer> layers) throws SpecException {
        return check(null, tokens, features, layers);
    }

    /** Checks the shapes; {@code written} is the text as given, for messages (null when built in code). */
    static Architecture check(String written, int tokens, int features, List<Layer> layers) throws SpecException {
        Architecture architecture = new Architecture(tokens, features, layers);
        new ShapeCheck(written == null ? architecture.text : written).walk(layers, new Shape(tokens, features));
        return architecture;
    }

    /** T, the number of input tokens. */
    public int tokens() {
        return tokens;
    }

    /** N, the width of each input token. */
    public int features() {
        return features;
    }

    public List<Layer> layers() {
        return layers;
    }

    /** The canonical text, e.g. {@code net:2x4>attention(heads=2,dk=2)}. */
    public String text() {
        return text;
    }

    /** The output shape: tokens × features. */
    public Shape output() {
        try {
            return new ShapeCheck(text).walk(layers, new Shape(tokens, features));
        } catch (SpecException e) {
            throw new IllegalStateException("a checked architecture no longer fits: " + e.getMessage(), e);
        }
    }

    /** The free sizes in text order: T, N, then each layer's widths, heads, key widths, kernels, experts. */
    public int[] sizes() {
        List<int[]> sizes = new ArrayList<>();
        sizes.add(new int[] {tokens, 1});
        sizes.add(new int[] {features, 1});
        Sizes.collect(layers, false, sizes);
        return sizes.stream().mapToInt(s -> s[0]).toArray();
    }

    /**
     * The smallest value each free size may take: 2 for a rotary key width, 3 for a width a layer norm receives,
     * 2 for one an RMS norm receives, 1 otherwise.
     */
    public int[] minimumSizes() {
        List<int[]> sizes = new ArrayList<>();
        sizes.add(new int[] {tokens, 1});
        sizes.add(new int[] {features, Sizes.leastWidth(layers, 0)});
        Sizes.collect(layers, false, sizes);
        return sizes.stream().mapToInt(s -> s[1]).toArray();
    }

    /**
     * The same layers with other free sizes.
     *
     * @throws SpecException when the count of sizes is wrong or the new shapes do not fit together
     */
    public Architecture resized(int[] sizes) throws SpecException {
        int[] current = sizes();
        if (sizes.length != current.length) {
            throw new SpecException("cannot resize " + text + ": it has " + current.length + " sizes, not "
                    + sizes.length);
        }
        for (int size : sizes) {
            if (size < 1) {
                throw new SpecException("cannot resize " + text + " to a size below 1");
            }
        }
        Sizes.Cursor cursor = new Sizes.Cursor(sizes, 2);
        List<Layer> resized = Sizes.rebuild(layers, sizes[1], null, cursor);
        return of(sizes[0], sizes[1], resized);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Architecture a && a.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }

    /** T tokens of N features. */
    public record Shape(int tokens, int features) {
        @Override
        public String toString() {
            return tokens + "×" + features;
        }
    }
}
