package org.lawkeeper.core.model;

import java.util.List;
import org.lawkeeper.core.Excerpt;
import org.lawkeeper.core.SpecException;

/**
 * The factorised kinds of docs/THEORY.md §3, each written as a list of widths from the output side
 * (n1 = output width), as in the research papers: {@code linear:n1,…,nq+1},
 * {@code relu:n1,…,nq+1[+bias]}, {@code nmf:n1,n2,n3}, {@code icnn:n1,n2,n3[+bias]}, {@code product:D}.
 */
enum BuiltInKind implements ModelKind {
    LINEAR("linear", -1, false, "linear:n1,…,nq+1", "linear:2,3,2", List.of("gf", "momentum")),
    RELU("relu", -1, true, "relu:n1,…,nq+1[+bias]", "relu:3,4,2+bias", List.of("gf", "momentum")),
    NMF("nmf", 3, false, "nmf:n1,n2,n3", "nmf:3,3,3", List.of("mirror", "mirror-momentum")),
    ICNN("icnn", 3, true, "icnn:n1,n2,n3[+bias]", "icnn:2,2,2+bias", List.of("mirror", "mirror-momentum")),
    PRODUCT("product", 1, false, "product:D", "product:3", List.of("gf", "momentum"));

    private static final String BIAS = "+bias";

    private final String word;
    /** The number of widths the kind takes; -1 for at least two. */
    final int widthCount;
    final boolean allowsBias;
    private final String form;
    private final String example;
    private final List<String> defaultFlows;

    BuiltInKind(String word, int widthCount, boolean allowsBias, String form, String example,
            List<String> defaultFlows) {
        this.word = word;
        this.widthCount = widthCount;
        this.allowsBias = allowsBias;
        this.form = form;
        this.example = example;
        this.defaultFlows = defaultFlows;
    }

    @Override
    public String word() {
        return word;
    }

    @Override
    public String form() {
        return form;
    }

    @Override
    public String example() {
        return example;
    }

    @Override
    public List<String> defaultFlows() {
        return defaultFlows;
    }

    @Override
    public ModelSpec parse(String arguments) throws SpecException {
        String spec = word + ":" + arguments;
        String rest = arguments;
        boolean bias = rest.endsWith(BIAS);
        if (bias) {
            rest = rest.substring(0, rest.length() - BIAS.length()).strip();
            if (!allowsBias) {
                throw new SpecException("'+bias' applies to relu and icnn models, not to " + word);
            }
        }
        return WidthSpec.of(this, widths(spec, rest), bias, spec);
    }

    private static int[] widths(String spec, String list) throws SpecException {
        if (list.isEmpty()) {
            throw new SpecException("model spec '" + Excerpt.shorten(spec) + "' lists no widths");
        }
        String[] parts = list.split(",", -1);
        int[] widths = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            if (!part.matches("-?[0-9]+")) {
                throw new SpecException("width '" + Excerpt.shorten(part) + "' in '" + Excerpt.shorten(spec)
                        + "' is not a whole number");
            }
            long value;
            try {
                value = Long.parseLong(part);
            } catch (NumberFormatException e) {
                value = Long.MAX_VALUE;
            }
            if (value < 1) {
                throw new SpecException("width " + Excerpt.shorten(part) + " in '" + Excerpt.shorten(spec)
                        + "' must be at least 1");
            }
            if (value > Integer.MAX_VALUE) {
                throw new SpecException("width " + Excerpt.shorten(part) + " in '" + Excerpt.shorten(spec)
                        + "' is too large");
            }
            widths[i] = (int) value;
        }
        return widths;
    }
}
