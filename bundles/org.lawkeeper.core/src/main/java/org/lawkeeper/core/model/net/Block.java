package org.lawkeeper.core.model.net;

/**
 * A parameter matrix of a network: {@code rows × columns} consecutive coordinates of θ from
 * {@code offset}, row-major, named as laws refer to it ({@code W1}, {@code Q2}, {@code E1_W1}, …).
 *
 * @param layer the layer it belongs to, as the spec writes it (for {@code ./lawkeeper blocks})
 */
public record Block(String name, int rows, int columns, int offset, String layer) {

    public int size() {
        return rows * columns;
    }

    /** Entry (row, column), 0-based. */
    int entry(ScalarOps ops, int row, int column) {
        return ops.parameter(offset + row * columns + column);
    }

    /** Bx for a vector x of length {@code columns}. */
    int[] times(ScalarOps ops, int[] x) {
        int[] y = new int[rows];
        for (int r = 0; r < rows; r++) {
            int sum = ops.multiply(entry(ops, r, 0), x[0]);
            for (int c = 1; c < columns; c++) {
                sum = ops.add(sum, ops.multiply(entry(ops, r, c), x[c]));
            }
            y[r] = sum;
        }
        return y;
    }

    /** xᵀB for a vector x of length {@code rows}. */
    int[] leftTimes(ScalarOps ops, int[] x) {
        int[] y = new int[columns];
        for (int c = 0; c < columns; c++) {
            int sum = ops.multiply(x[0], entry(ops, 0, c));
            for (int r = 1; r < rows; r++) {
                sum = ops.add(sum, ops.multiply(x[r], entry(ops, r, c)));
            }
            y[c] = sum;
        }
        return y;
    }
}
