package org.lawkeeper.core.law;

import java.util.List;
import org.hipparchus.fraction.BigFraction;
import org.lawkeeper.core.model.ParameterBlock;

/**
 * The syntax tree of a law, built and shape-checked by {@link LawParser}. Every node knows its shape
 * and a bound on its polynomial degree in O(1): sums and products are n-ary (a chain {@code a+b+…} is
 * one node), so that neither their depth nor the cost of asking a node's shape grows with the length of
 * the text; only parentheses, calls and postfix operators nest, and the parser bounds that nesting.
 */
sealed interface LawNode {

    int rows();

    int columns();

    /** An upper bound on the degree of the entries in the state variables (exp counts as 1). */
    int degree();

    default boolean isScalar() {
        return rows() == 1 && columns() == 1;
    }

    default String shape() {
        return rows() + "×" + columns();
    }

    /** A node whose value is always 1×1. */
    sealed interface Scalar extends LawNode {
        @Override
        default int rows() {
            return 1;
        }

        @Override
        default int columns() {
            return 1;
        }
    }

    /** How {@code sum} and {@code norm2} reduce a matrix. */
    enum Axis {
        /** One value per row: an r×1 column. */
        ROWS,
        /** One value per column: a 1×c row. */
        COLS,
        /** One value for the whole matrix. */
        ALL
    }

    /**
     * A rational constant; {@code symbol} names it when it stood for a flow parameter ({@code tau}),
     * {@code null} for a literal number.
     */
    record Number(BigFraction value, String symbol) implements Scalar {
        @Override public int degree() { return 0; }
    }

    /** A parameter block, or its velocity when {@code velocity}. */
    record Block(ParameterBlock block, boolean velocity) implements LawNode {
        @Override public int rows() { return block.rows(); }
        @Override public int columns() { return block.columns(); }
        @Override public int degree() { return 1; }
    }

    /** Real time t; {@code column} locates it for messages about polynomial form. */
    record Time(int column) implements Scalar {
        @Override public int degree() { return 1; }
    }

    /**
     * {@code ±terms[0] ± terms[1] ± …}, all of the same shape.
     *
     * @param subtracted whether each term is subtracted (the first one is negated when its flag is set)
     */
    record Sum(List<LawNode> terms, List<Boolean> subtracted, int rows, int columns, int degree) implements LawNode {
        public Sum {
            terms = List.copyOf(terms);
            subtracted = List.copyOf(subtracted);
        }
    }

    record Negation(LawNode operand) implements LawNode {
        @Override public int rows() { return operand.rows(); }
        @Override public int columns() { return operand.columns(); }
        @Override public int degree() { return operand.degree(); }
    }

    /** {@code factors[0] * factors[1] * …} from the left: matrix products, or scalar multiples where one side is 1×1. */
    record Product(List<LawNode> factors, int rows, int columns, int degree) implements LawNode {
        public Product {
            factors = List.copyOf(factors);
        }
    }

    /** {@code dividend / divisor} for a non-zero constant divisor. */
    record Quotient(LawNode dividend, BigFraction divisor) implements LawNode {
        @Override public int rows() { return dividend.rows(); }
        @Override public int columns() { return dividend.columns(); }
        @Override public int degree() { return dividend.degree(); }
    }

    record Transpose(LawNode operand) implements LawNode {
        @Override public int rows() { return operand.columns(); }
        @Override public int columns() { return operand.rows(); }
        @Override public int degree() { return operand.degree(); }
    }

    /** A scalar raised to a non-negative whole power. */
    record Power(LawNode base, int exponent) implements Scalar {
        @Override public int degree() { return base.degree() * exponent; }
    }

    /** Entry (row, column) of a matrix, 0-based. */
    record Entry(LawNode operand, int row, int column) implements Scalar {
        @Override public int degree() { return operand.degree(); }
    }

    /** The sub-matrix of rows row … row + rows − 1 and columns column … column + columns − 1, 0-based. */
    record Slice(LawNode operand, int row, int rows, int column, int columns) implements LawNode {
        @Override public int degree() { return operand.degree(); }
    }

    /** e^x of a scalar; {@code column} locates it for messages about polynomial form. */
    record Exp(LawNode argument, int column) implements Scalar {
        @Override public int degree() { return 1; }
    }

    /** X − Xᵀ ({@code symmetric} false) or X + Xᵀ (true) of a square matrix. */
    record Symmetrised(LawNode operand, boolean symmetric) implements LawNode {
        @Override public int rows() { return operand.rows(); }
        @Override public int columns() { return operand.columns(); }
        @Override public int degree() { return operand.degree(); }
    }

    /** The trace of a square matrix. */
    record Trace(LawNode operand) implements Scalar {
        @Override public int degree() { return operand.degree(); }
    }

    /** Sums of entries ({@code squares} false) or of squared entries (true) along an axis. */
    record Reduction(LawNode operand, Axis axis, boolean squares) implements LawNode {
        @Override public int rows() { return axis == Axis.ROWS ? operand.rows() : 1; }
        @Override public int columns() { return axis == Axis.COLS ? operand.columns() : 1; }
        @Override public int degree() { return squares ? 2 * operand.degree() : operand.degree(); }
    }
}
