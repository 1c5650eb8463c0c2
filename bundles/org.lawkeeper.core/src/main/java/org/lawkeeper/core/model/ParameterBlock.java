package org.lawkeeper.core.model;

/**
 * A named matrix of parameters (a weight matrix {@code U1}, a bias vector {@code b1}, …) occupying
 * {@code rows·columns} consecutive coordinates of θ from {@code offset}, in row-major order.
 *
 * @param positive whether a mirror (entropy) geometry applies to this block: θ ∈ R_+ there
 */
public record ParameterBlock(String name, int rows, int columns, int offset, boolean positive) {

    public ParameterBlock {
        if (rows < 1 || columns < 1) {
            throw new IllegalArgumentException("block " + name + " must have positive dimensions");
        }
    }

    public int size() {
        return rows * columns;
    }

    /** The coordinate of θ holding entry (row, column), both 0-based. */
    public int coordinate(int row, int column) {
        if (row < 0 || row >= rows || column < 0 || column >= columns) {
            throw new IndexOutOfBoundsException(name + "[" + (row + 1) + "," + (column + 1) + "] is outside "
                    + rows + "×" + columns);
        }
        return offset + row * columns + column;
    }

    public boolean contains(int coordinate) {
        return coordinate >= offset && coordinate < offset + size();
    }

    /** The entry's readable name with 1-based indices, e.g. {@code U1[2,3]} or {@code b1[2]}. */
    public String entryName(int coordinate) {
        int local = coordinate - offset;
        int row = local / columns;
        int column = local % columns;
        return columns == 1 ? name + "[" + (row + 1) + "]" : name + "[" + (row + 1) + "," + (column + 1) + "]";
    }
}
