package org.lawkeeper.core.model;

import java.util.Arrays;
import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.SpecException;

/**
 * Parses the built-in model specs of the command line and the IDE annotations:
 * {@code linear:n1,…,nq+1}, {@code relu:n1,…,nq+1[+bias]}, {@code nmf:n1,n2,n3},
 * {@code icnn:n1,n2,n3[+bias]} and {@code product:D}. Widths are listed from the output side
 * (n1 = output width), as in the research papers.
 */
public final class ModelSpec {
    /** The model kinds, with the number of widths each takes (-1: at least two). */
    private enum Kind {
        LINEAR("linear", -1, false), RELU("relu", -1, true), NMF("nmf", 3, false), ICNN("icnn", 3, true),
        PRODUCT("product", 1, false);

        final String word;
        final int widthCount;
        final boolean allowsBias;

        Kind(String word, int widthCount, boolean allowsBias) {
            this.word = word;
            this.widthCount = widthCount;
            this.allowsBias = allowsBias;
        }
    }

    private ModelSpec() {
    }

    /** Example specs, one per kind, for messages and help. */
    public static final String EXAMPLES = "linear:2,3,2, relu:3,4,2+bias, nmf:3,3,3, icnn:2,2,2+bias, product:3";

    /**
     * The model a spec names.
     *
     * @throws SpecException           when the spec is malformed; the message quotes the offending part
     * @throws LawkeeperException      ({@link org.lawkeeper.core.LimitExceededException}) when the model
     *                                 exceeds {@code limits}; checked before anything is expanded
     */
    public static Model parse(String spec, Limits limits) throws LawkeeperException {
        String text = spec == null ? "" : spec.strip();
        if (text.isEmpty()) {
            throw new SpecException("empty model spec; try one of " + EXAMPLES);
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new SpecException("model spec '" + text + "' needs the form KIND:WIDTHS, e.g. " + EXAMPLES);
        }
        Kind kind = kind(text.substring(0, colon).strip());
        String rest = text.substring(colon + 1).strip();
        boolean bias = rest.endsWith("+bias");
        if (bias) {
            rest = rest.substring(0, rest.length() - "+bias".length()).strip();
            if (!kind.allowsBias) {
                throw new SpecException("'+bias' applies to relu and icnn models, not to " + kind.word);
            }
        }
        int[] widths = widths(text, rest);
        checkWidthCount(text, kind, widths, bias);
        String canonical = kind.word + ":" + String.join(",", Arrays.stream(widths).mapToObj(String::valueOf).toList())
                + (bias ? "+bias" : "");
        checkSize(canonical, kind, widths, bias, limits);
        return switch (kind) {
            case LINEAR -> BuiltInModels.linear(canonical, widths);
            case RELU -> BuiltInModels.relu(canonical, widths, bias);
            case NMF -> BuiltInModels.nmf(canonical, widths);
            case ICNN -> BuiltInModels.icnn(canonical, widths, bias);
            case PRODUCT -> BuiltInModels.product(canonical, widths[0]);
        };
    }

    private static Kind kind(String word) throws SpecException {
        for (Kind k : Kind.values()) {
            if (k.word.equals(word)) {
                return k;
            }
        }
        throw new SpecException("unknown model kind '" + word + "' (known: linear, relu, nmf, icnn, product)");
    }

    private static int[] widths(String spec, String list) throws SpecException {
        if (list.isEmpty()) {
            throw new SpecException("model spec '" + spec + "' lists no widths");
        }
        String[] parts = list.split(",", -1);
        int[] widths = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            if (!part.matches("-?[0-9]+")) {
                throw new SpecException("width '" + part + "' in '" + spec + "' is not a whole number");
            }
            long value;
            try {
                value = Long.parseLong(part);
            } catch (NumberFormatException e) {
                value = Long.MAX_VALUE;
            }
            if (value < 1) {
                throw new SpecException("width " + part + " in '" + spec + "' must be at least 1");
            }
            if (value > Integer.MAX_VALUE) {
                throw new SpecException("width " + part + " in '" + spec + "' is too large");
            }
            widths[i] = (int) value;
        }
        return widths;
    }

    private static void checkWidthCount(String spec, Kind kind, int[] widths, boolean bias) throws SpecException {
        if (kind.widthCount > 0 && widths.length != kind.widthCount) {
            throw new SpecException("a " + kind.word + " model takes " + kind.widthCount + " width"
                    + (kind.widthCount == 1 ? "" : "s") + ", '" + spec + "' gives " + widths.length);
        }
        if (kind.widthCount < 0 && widths.length < 2) {
            throw new SpecException("a " + kind.word + " model needs at least two widths (output, …, input), '"
                    + spec + "' gives " + widths.length);
        }
        if (bias && widths.length < 3) {
            throw new SpecException("'" + spec + "' has no hidden layer to carry a bias");
        }
    }

    /** Rejects oversized models from their widths alone, before φ is expanded. */
    private static void checkSize(String spec, Kind kind, int[] widths, boolean bias, Limits limits)
            throws LawkeeperException {
        long parameters = 0;
        if (kind == Kind.PRODUCT) {
            parameters = widths[0];
        } else {
            for (int i = 0; i + 1 < widths.length; i++) {
                parameters = saturatingAdd(parameters, saturatingMultiply(widths[i], widths[i + 1]));
            }
            if (bias) {
                for (int i = 1; i + 1 < widths.length; i++) {
                    parameters = saturatingAdd(parameters, widths[i]);
                }
            }
        }
        limits.checkStateDimension((int) Math.min(parameters, Integer.MAX_VALUE), "model " + spec);
        long terms = 1;
        for (int w : widths) {
            terms = saturatingMultiply(terms, kind == Kind.PRODUCT ? 1 : w);
        }
        limits.checkTerms(saturatingMultiply(terms, Math.max(1, widths.length - 1)), "model " + spec);
    }

    private static long saturatingMultiply(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        return high != 0 || a * b < 0 ? Long.MAX_VALUE : a * b;
    }

    private static long saturatingAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }
}
