package org.lawkeeper.core.law;

import org.hipparchus.fraction.BigFraction;
import org.lawkeeper.core.model.ParameterBlock;

/**
 * The syntax tree of a law, built and shape-checked by {@link LawParser}. Every node knows its shape
 * and a bound on its polynomial degree (which keeps hostile input such as {@code t^64^64} from
 * expanding).
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

    /** A node with the shape and degree of its operand. */
    sealed interface ShapeOfOperand extends LawNode {
        LawNode operand();

        @Override
        default int rows() {
            return operand().rows();
        }

        @Override
        default int columns() {
            return operand().columns();
        }

        @Override
        default int degree() {
            return operand().degree();
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

    /** A rational constant. */
    record Number(BigFraction value) implements Scalar {
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

    /** {@code left + right} or {@code left - right}, same shapes. */
    record Sum(LawNode left, LawNode right, boolean subtract) implements LawNode {
        @Override public int rows() { return left.rows(); }
        @Override public int columns() { return left.columns(); }
        @Override public int degree() { return Math.max(left.degree(), right.degree()); }
    }

    record Negation(LawNode operand) implements ShapeOfOperand {
    }

    /** A matrix product, or a scalar multiple when either side is 1×1. */
    record Product(LawNode left, LawNode right) implements LawNode {
        @Override public int rows() { return left.isScalar() ? right.rows() : left.rows(); }
        @Override public int columns() {
            return right.isScalar() && !left.isScalar() ? left.columns() : right.columns();
        }
        @Override public int degree() { return left.degree() + right.degree(); }
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

    /** e^x of a scalar; {@code column} locates it for messages about polynomial form. */
    record Exp(LawNode argument, int column) implements Scalar {
        @Override public int degree() { return 1; }
    }

    /** X − Xᵀ ({@code symmetric} false) or X + Xᵀ (true) of a square matrix. */
    record Symmetrised(LawNode operand, boolean symmetric) implements ShapeOfOperand {
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
