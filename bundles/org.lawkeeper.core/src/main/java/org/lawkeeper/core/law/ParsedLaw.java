package org.lawkeeper.core.law;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.CancelledException;
import org.lawkeeper.core.linalg.GradientSpan_MODP;
import org.lawkeeper.core.linalg.RationalConstants;
import org.lawkeeper.core.polynomial.Polynomial;

/**
 * A parsed law: its syntax tree, and which entries of its (matrix) value are independent. An entry is
 * kept when its gradient, at a random point mod p, lies outside the span of the gradients of the
 * entries kept before it (row-major): so the lower triangle of a symmetric or skew-symmetric result,
 * constant entries and entries that are functions of others drop out, whatever the syntax.
 */
final class ParsedLaw implements Law {
    /** Fixed, so that the same text always selects the same entries. */
    static final long SELECTION_SEED = 0x1a_5e1ecL;

    private final String text;
    private final LawNode root;
    private final int[] selected;
    private final List<Polynomial> polynomials;
    private final Optional<String> obstruction;

    private ParsedLaw(String text, LawNode root, int[] selected, List<Polynomial> polynomials,
            Optional<String> obstruction) {
        this.text = text;
        this.root = root;
        this.selected = selected;
        this.polynomials = polynomials;
        this.obstruction = obstruction;
    }

    static ParsedLaw of(String text, StateLayout layout, LawNode root, Cancellation cancellation)
            throws LawSyntaxException, CancelledException {
        PolynomialAlgebra exact = new PolynomialAlgebra(layout, cancellation);
        List<Polynomial> entries = exact.expand(root, 1);
        int[] selected = independent(entries, exact.dimension(), cancellation);
        List<Polynomial> kept = new ArrayList<>(selected.length);
        for (int k : selected) {
            kept.add(entries.get(k));
        }
        return new ParsedLaw(text, root, selected, List.copyOf(kept), exact.obstruction(kept));
    }

    /** Indices of entries whose gradients are independent at a random point, greedily in order. */
    private static int[] independent(List<Polynomial> entries, int dimension, Cancellation cancellation)
            throws CancelledException {
        GradientSpan_MODP span =
                GradientSpan_MODP.random(dimension, SELECTION_SEED, RationalConstants.ofPolynomials(entries));
        List<Integer> kept = new ArrayList<>();
        for (int k = 0; k < entries.size(); k++) {
            cancellation.check();
            if (span.add(entries.get(k))) {
                kept.add(k);
            }
        }
        return kept.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public int size() {
        return selected.length;
    }

    @Override
    public List<String> entryNames() {
        List<String> names = new ArrayList<>(selected.length);
        int columns = root.columns();
        for (int k : selected) {
            int row = k / columns + 1;
            int column = k % columns + 1;
            names.add(root.isScalar() ? "" : root.rows() == 1 ? "[" + column + "]"
                    : columns == 1 ? "[" + row + "]" : "[" + row + "," + column + "]");
        }
        return names;
    }

    @Override
    public double[] evaluate(double time, double[] theta, double[] velocity) {
        List<Double> values = new LawEvaluator<>(new DoubleAlgebra(time, theta, velocity)).evaluate(root);
        double[] result = new double[selected.length];
        for (int i = 0; i < selected.length; i++) {
            result[i] = values.get(selected[i]);
        }
        return result;
    }

    @Override
    public boolean isPolynomial() {
        return obstruction.isEmpty();
    }

    @Override
    public List<Polynomial> polynomials() {
        if (obstruction.isPresent()) {
            throw new UnsupportedOperationException(obstruction.get());
        }
        return polynomials;
    }

    /** The syntax tree, for printers. */
    LawNode root() {
        return root;
    }

    @Override
    public String toString() {
        return text;
    }
}
