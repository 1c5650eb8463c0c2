package org.lawkeeper.core.model;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.fraction.BigFraction;
import org.lawkeeper.core.polynomial.Monomial;
import org.lawkeeper.core.polynomial.Polynomial;
import org.lawkeeper.core.polynomial.PolynomialMatrix;

/**
 * The factorisations of docs/THEORY.md §5. Widths run from the output side: U_i ∈ R^{n_i × n_{i+1}}, so
 * {@code U1} is the output layer and {@code Uq} meets the input. Hidden biases are named
 * {@code b1, b2, …}, {@code b_l} belonging to the hidden layer of width n_{l+1} (between U_l and
 * U_{l+1}); blocks are numbered layer by layer, biases last.
 */
final class BuiltInModels {
    private BuiltInModels() {
    }

    /** φ = U1 U2 ⋯ Uq. */
    static Model linear(String name, int[] widths) {
        ModelBuilder builder = new ModelBuilder(name);
        List<PolynomialMatrix> layers = weightBlocks(builder, widths);
        PolynomialMatrix product = layers.get(0);
        for (int i = 1; i < layers.size(); i++) {
            product = product.times(layers.get(i));
        }
        return builder.output(product).buildUnchecked();
    }

    /** The path lifting of a ReLU network: one monomial per input→output path, plus bias paths. */
    static Model relu(String name, int[] widths, boolean bias) {
        ModelBuilder builder = new ModelBuilder(name);
        List<PolynomialMatrix> layers = weightBlocks(builder, widths);
        List<PolynomialMatrix> biases = new ArrayList<>();
        if (bias) {
            for (int l = 1; l + 1 < widths.length; l++) {
                biases.add(builder.block("b" + l, widths[l], 1));
            }
        }
        List<Polynomial> components = new ArrayList<>();
        int q = layers.size();
        // every input→output path: indices j_1 (output) … j_{q+1} (input), row-major
        int[] index = new int[q + 1];
        forEachPath(widths, q + 1, index, 0, () -> components.add(pathMonomial(layers, index, q, null)));
        for (int l = 1; l <= biases.size(); l++) {
            PolynomialMatrix b = biases.get(l - 1);
            int layer = l;
            // paths from a neuron of hidden layer l (width n_{l+1}) to the outputs, times its bias
            forEachPath(widths, l + 1, index, 0,
                    () -> components.add(pathMonomial(layers, index, layer, b.entry(index[layer], 0))));
        }
        return builder.output(components.toArray(Polynomial[]::new)).buildUnchecked();
    }

    /** φ = UV with both factors positive (mirror geometry on every entry). */
    static Model nmf(String name, int[] widths) {
        ModelBuilder builder = new ModelBuilder(name);
        PolynomialMatrix u = builder.positiveBlock("U", widths[0], widths[1]);
        PolynomialMatrix v = builder.positiveBlock("V", widths[1], widths[2]);
        return builder.output(u.times(v)).buildUnchecked();
    }

    /** 2-layer input-convex network g = Uσ(Vx + b), U ≥ 0: the path lifting (u_ik v_kj, u_ik b_k). */
    static Model icnn(String name, int[] widths, boolean bias) {
        ModelBuilder builder = new ModelBuilder(name);
        PolynomialMatrix u = builder.positiveBlock("U", widths[0], widths[1]);
        PolynomialMatrix v = builder.block("V", widths[1], widths[2]);
        PolynomialMatrix b = bias ? builder.block("b", widths[1], 1) : null;
        List<Polynomial> paths = new ArrayList<>();
        for (int i = 0; i < widths[0]; i++) {
            for (int k = 0; k < widths[1]; k++) {
                for (int j = 0; j < widths[2]; j++) {
                    paths.add(u.entry(i, k).times(v.entry(k, j)));
                }
            }
        }
        if (b != null) {
            for (int i = 0; i < widths[0]; i++) {
                for (int k = 0; k < widths[1]; k++) {
                    paths.add(u.entry(i, k).times(b.entry(k, 0)));
                }
            }
        }
        return builder.output(paths.toArray(Polynomial[]::new)).buildUnchecked();
    }

    /** φ = x1 x2 ⋯ xD. */
    static Model product(String name, int d) {
        ModelBuilder builder = new ModelBuilder(name);
        builder.block("x", d, 1);
        int[] all = new int[d];
        for (int i = 0; i < d; i++) {
            all[i] = i;
        }
        return builder.output(Polynomial.term(BigFraction.ONE, Monomial.of(all))).buildUnchecked();
    }

    private static Polynomial pathMonomial(List<PolynomialMatrix> layers, int[] index, int length, Polynomial tail) {
        Polynomial product = tail == null ? Polynomial.constant(1) : tail;
        for (int l = 0; l < length; l++) {
            product = product.times(layers.get(l).entry(index[l], index[l + 1]));
        }
        return product;
    }

    private static void forEachPath(int[] widths, int length, int[] index, int level, Runnable action) {
        if (level == length) {
            action.run();
            return;
        }
        for (int i = 0; i < widths[level]; i++) {
            index[level] = i;
            forEachPath(widths, length, index, level + 1, action);
        }
    }

    private static List<PolynomialMatrix> weightBlocks(ModelBuilder builder, int[] widths) {
        List<PolynomialMatrix> layers = new ArrayList<>();
        for (int i = 0; i + 1 < widths.length; i++) {
            layers.add(builder.block("U" + (i + 1), widths[i], widths[i + 1]));
        }
        return layers;
    }
}
