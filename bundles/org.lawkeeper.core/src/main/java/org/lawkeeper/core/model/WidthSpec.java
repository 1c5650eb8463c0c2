package org.lawkeeper.core.model;

import java.util.Arrays;
import org.lawkeeper.core.Excerpt;
import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.SpecException;

/** A spec of a {@link BuiltInKind}: its widths from the output side and whether hidden layers carry biases. */
record WidthSpec(BuiltInKind kind, int[] widths, boolean bias) implements ModelSpec {

    WidthSpec {
        widths = widths.clone();
    }

    /** The spec, after checking the number of widths; {@code written} is the text as given, for messages. */
    static WidthSpec of(BuiltInKind kind, int[] widths, boolean bias, String written) throws SpecException {
        if (kind.widthCount > 0 && widths.length != kind.widthCount) {
            throw new SpecException("a " + kind.word() + " model takes " + kind.widthCount + " width"
                    + (kind.widthCount == 1 ? "" : "s") + ", '" + Excerpt.shorten(written) + "' gives "
                            + widths.length);
        }
        if (kind.widthCount < 0 && widths.length < 2) {
            throw new SpecException("a " + kind.word() + " model needs at least two widths (output, …, input), '"
                    + written + "' gives " + widths.length);
        }
        if (bias && widths.length < 3) {
            throw new SpecException("'" + Excerpt.shorten(written) + "' has no hidden layer to carry a bias");
        }
        return new WidthSpec(kind, widths, bias);
    }

    @Override
    public String text() {
        return kind.word() + ":" + String.join(",", Arrays.stream(widths).mapToObj(String::valueOf).toList())
                + (bias ? "+bias" : "");
    }

    @Override
    public int[] sizes() {
        return widths.clone();
    }

    @Override
    public int[] minimumSizes() {
        int[] ones = new int[widths.length];
        Arrays.fill(ones, 1);
        return ones;
    }

    @Override
    public ModelSpec resized(int[] sizes) throws SpecException {
        if (sizes.length != widths.length || Arrays.stream(sizes).anyMatch(w -> w < 1)) {
            throw new SpecException("cannot resize " + text() + " to " + Arrays.toString(sizes));
        }
        return new WidthSpec(kind, sizes, bias);
    }

    @Override
    public Model build(Limits limits) throws LawkeeperException {
        String name = text();
        checkSize(name, limits);
        Model model = switch (kind) {
            case LINEAR -> BuiltInModels.linear(name, widths);
            case RELU -> BuiltInModels.relu(name, widths, bias);
            case NMF -> BuiltInModels.nmf(name, widths);
            case ICNN -> BuiltInModels.icnn(name, widths, bias);
            case PRODUCT -> BuiltInModels.product(name, widths[0]);
        };
        return model.withSpec(this);
    }

    @Override
    public long parameterCount() {
        if (kind == BuiltInKind.PRODUCT) {
            return widths[0];
        }
        long parameters = 0;
        for (int i = 0; i + 1 < widths.length; i++) {
            parameters = saturatingAdd(parameters, saturatingMultiply(widths[i], widths[i + 1]));
        }
        if (bias) {
            for (int i = 1; i + 1 < widths.length; i++) {
                parameters = saturatingAdd(parameters, widths[i]);
            }
        }
        return parameters;
    }

    /** Rejects oversized models from their widths alone, before φ is expanded. */
    private void checkSize(String name, Limits limits) throws LawkeeperException {
        limits.checkStateDimension((int) Math.min(parameterCount(), Integer.MAX_VALUE), "model " + name);
        long terms = 1;
        for (int w : widths) {
            terms = saturatingMultiply(terms, kind == BuiltInKind.PRODUCT ? 1 : w);
        }
        limits.checkTerms(saturatingMultiply(terms, Math.max(1, widths.length - 1)), "model " + name);
    }

    private static long saturatingMultiply(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        return high != 0 || a * b < 0 ? Long.MAX_VALUE : a * b;
    }

    private static long saturatingAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WidthSpec w && kind == w.kind && bias == w.bias && Arrays.equals(widths, w.widths);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + Arrays.hashCode(widths) + (bias ? 1 : 0);
    }

    @Override
    public String toString() {
        return text();
    }
}
