package org.lawkeeper.core.polynomial;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;
import org.hipparchus.fraction.BigFraction;

/**
 * A matrix of polynomials, used to write a factorisation φ as an expression of parameter blocks:
 * products, sums, elementwise (Hadamard) products, transposes and scalar multiples. Immutable;
 * shapes are checked and a mismatch is reported with both shapes.
 */
public final class PolynomialMatrix {
    private final int rows;
    private final int columns;
    private final Polynomial[] entries;

    private PolynomialMatrix(int rows, int columns, Polynomial[] entries) {
        this.rows = rows;
        this.columns = columns;
        this.entries = entries;
    }

    /** A matrix from its entries, row by row. */
    public static PolynomialMatrix of(Polynomial[][] values) {
        int r = values.length;
        int c = r == 0 ? 0 : values[0].length;
        Polynomial[] entries = new Polynomial[r * c];
        for (int i = 0; i < r; i++) {
            if (values[i].length != c) {
                throw new IllegalArgumentException("row " + (i + 1) + " has " + values[i].length + " entries, not " + c);
            }
            System.arraycopy(values[i], 0, entries, i * c, c);
        }
        return new PolynomialMatrix(r, c, entries);
    }

    /** The matrix of variables {@code firstVariable, firstVariable+1, …} in row-major order. */
    public static PolynomialMatrix variables(int rows, int columns, int firstVariable) {
        Polynomial[] entries = new Polynomial[rows * columns];
        for (int k = 0; k < entries.length; k++) {
            entries[k] = Polynomial.variable(firstVariable + k);
        }
        return new PolynomialMatrix(rows, columns, entries);
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    /** Entry (row, column), 0-based. */
    public Polynomial entry(int row, int column) {
        if (row < 0 || row >= rows || column < 0 || column >= columns) {
            throw new IndexOutOfBoundsException("entry (" + row + ", " + column + ") outside " + shape());
        }
        return entries[row * columns + column];
    }

    /** The entries in row-major order. */
    public List<Polynomial> entries() {
        return List.of(entries);
    }

    public PolynomialMatrix times(PolynomialMatrix other) {
        if (columns != other.rows) {
            throw new IllegalArgumentException("cannot multiply " + shape() + " by " + other.shape());
        }
        Polynomial[] product = new Polynomial[rows * other.columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < other.columns; j++) {
                List<Polynomial> summands = new ArrayList<>(columns);
                for (int k = 0; k < columns; k++) {
                    summands.add(entry(i, k).times(other.entry(k, j)));
                }
                product[i * other.columns + j] = Polynomial.sum(summands);
            }
        }
        return new PolynomialMatrix(rows, other.columns, product);
    }

    public PolynomialMatrix plus(PolynomialMatrix other) {
        return elementwise(other, "add", Polynomial::plus);
    }

    public PolynomialMatrix minus(PolynomialMatrix other) {
        return elementwise(other, "subtract", Polynomial::minus);
    }

    /** The elementwise (Hadamard) product. */
    public PolynomialMatrix hadamard(PolynomialMatrix other) {
        return elementwise(other, "multiply elementwise", Polynomial::times);
    }

    public PolynomialMatrix scale(BigFraction factor) {
        Polynomial[] scaled = new Polynomial[entries.length];
        for (int k = 0; k < entries.length; k++) {
            scaled[k] = entries[k].scale(factor);
        }
        return new PolynomialMatrix(rows, columns, scaled);
    }

    public PolynomialMatrix transpose() {
        Polynomial[] transposed = new Polynomial[entries.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                transposed[j * rows + i] = entries[i * columns + j];
            }
        }
        return new PolynomialMatrix(columns, rows, transposed);
    }

    public String shape() {
        return rows + "×" + columns;
    }

    private PolynomialMatrix elementwise(PolynomialMatrix other, String verb, BinaryOperator<Polynomial> op) {
        if (rows != other.rows || columns != other.columns) {
            throw new IllegalArgumentException("cannot " + verb + " " + shape() + " and " + other.shape());
        }
        Polynomial[] result = new Polynomial[entries.length];
        for (int k = 0; k < entries.length; k++) {
            result[k] = op.apply(entries[k], other.entries[k]);
        }
        return new PolynomialMatrix(rows, columns, result);
    }
}
