package org.lawkeeper.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.lawkeeper.core.SpecException;
import org.lawkeeper.core.polynomial.Polynomial;
import org.lawkeeper.core.polynomial.PolynomialMatrix;

/**
 * Defines a model in Java: declare parameter blocks, then give φ as matrix expressions of the blocks
 * or as explicit polynomials. For φ(u, v) = uv:
 *
 * <pre>{@code
 * ModelBuilder b = Model.builder("uv");
 * PolynomialMatrix u = b.block("u", 1, 1);
 * PolynomialMatrix v = b.block("v", 1, 1);
 * Model uv = b.output(u.times(v)).build();
 * }</pre>
 *
 * Blocks are numbered in declaration order, each row-major, which fixes the coordinates of θ.
 */
public final class ModelBuilder {
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private final String name;
    private final List<ParameterBlock> blocks = new ArrayList<>();
    private final List<Polynomial> outputs = new ArrayList<>();
    private int nextCoordinate;

    ModelBuilder(String name) {
        this.name = name;
    }

    /** Declares a Euclidean block and returns its matrix of variables. */
    public PolynomialMatrix block(String blockName, int rows, int columns) {
        return declare(blockName, rows, columns, false);
    }

    /** Declares a block constrained to be positive, on which mirror flows use the entropy geometry. */
    public PolynomialMatrix positiveBlock(String blockName, int rows, int columns) {
        return declare(blockName, rows, columns, true);
    }

    /** Appends the entries of {@code values} (row-major) to φ. */
    public ModelBuilder output(PolynomialMatrix values) {
        outputs.addAll(values.entries());
        return this;
    }

    /** Appends explicit polynomials to φ. */
    public ModelBuilder output(Polynomial... components) {
        outputs.addAll(List.of(components));
        return this;
    }

    /**
     * The model.
     *
     * @throws SpecException when no block or no output was given, or an output uses a variable that no
     *                       block declares
     */
    public Model build() throws SpecException {
        if (blocks.isEmpty()) {
            throw new SpecException("model " + name + " declares no parameter block");
        }
        if (outputs.isEmpty()) {
            throw new SpecException("model " + name + " has no output: give φ with output(…)");
        }
        for (int i = 0; i < outputs.size(); i++) {
            if (outputs.get(i).maxVariable() >= nextCoordinate) {
                throw new SpecException("output " + (i + 1) + " of model " + name + " uses variable x"
                        + outputs.get(i).maxVariable() + ", but the blocks declare only " + nextCoordinate);
            }
        }
        return new Model(name, blocks, outputs);
    }

    /** For built-in models, which are valid by construction. */
    Model buildUnchecked() {
        return new Model(name, blocks, outputs);
    }

    private PolynomialMatrix declare(String blockName, int rows, int columns, boolean positive) {
        if (!NAME.matcher(blockName).matches()) {
            throw new IllegalArgumentException("block name '" + blockName + "' is not an identifier");
        }
        if (blocks.stream().anyMatch(b -> b.name().equals(blockName))) {
            throw new IllegalArgumentException("block " + blockName + " is declared twice");
        }
        if (rows < 1 || columns < 1) {
            throw new IllegalArgumentException("block " + blockName + " must have positive dimensions, not "
                    + rows + "×" + columns);
        }
        blocks.add(new ParameterBlock(blockName, rows, columns, nextCoordinate, positive));
        PolynomialMatrix variables = PolynomialMatrix.variables(rows, columns, nextCoordinate);
        nextCoordinate += rows * columns;
        return variables;
    }
}
