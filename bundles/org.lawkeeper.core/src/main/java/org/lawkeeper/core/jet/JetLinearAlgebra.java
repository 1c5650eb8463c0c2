package org.lawkeeper.core.jet;

import java.util.ArrayList;
import java.util.List;

/**
 * Small dense linear algebra over a jet ring: choosing independent rows at a point and solving a
 * square system whose entries are jets. Pivots are chosen by the magnitude of the value part, so the
 * same code is exact over F_p and partially pivoted in floating point.
 *
 * @param <A> the primitive array type of the arithmetic
 */
public final class JetLinearAlgebra<A> {
    private final JetArithmetic<A> arithmetic;

    public JetLinearAlgebra(JetArithmetic<A> arithmetic) {
        this.arithmetic = arithmetic;
    }

    /**
     * Indices of a maximal independent subset of {@code rows} (scalars, each of length n), chosen
     * greedily in order. Meant for exact arithmetic: a row is dependent when its residual is zero.
     */
    public int[] independentRows(List<A> rows, int n) {
        List<A> basis = new ArrayList<>();
        List<Integer> pivots = new ArrayList<>();
        List<Integer> chosen = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            A residual = arithmetic.allocate(n);
            arithmetic.add(rows.get(r), 0, residual, 0, n);
            for (int b = 0; b < basis.size(); b++) {
                // residual -= residual[pivot] * basis_b   (basis rows have 1 at their pivot)
                A factor = arithmetic.allocate(1);
                arithmetic.add(residual, pivots.get(b), factor, 0, 1);
                A scaled = arithmetic.allocate(n);
                arithmetic.addScaled(factor, 0, basis.get(b), 0, scaled, 0, n);
                arithmetic.subtract(residual, 0, scaled, 0, residual, 0, n);
            }
            int pivot = argMaxMagnitude(residual, n);
            if (!arithmetic.isZero(residual, pivot)) {
                A inverse = arithmetic.allocate(1);
                arithmetic.invertScalar(residual, pivot, inverse, 0);
                A normalised = arithmetic.allocate(n);
                arithmetic.addScaled(inverse, 0, residual, 0, normalised, 0, n);
                basis.add(normalised);
                pivots.add(pivot);
                chosen.add(r);
            }
        }
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Solves M·y = b for a k×k matrix of jets of order {@code order} (row-major, entry (i, j) at block
     * i·k + j) and a right-hand side of k jets. Returns null when M is singular at the value level.
     */
    public A solve(A matrix, A rhs, int k, int order) {
        int size = 1 << order;
        A m = copy(matrix, k * k * size);
        A y = copy(rhs, k * size);
        A inverse = arithmetic.allocate(size);
        A product = arithmetic.allocate(size);
        for (int col = 0; col < k; col++) {
            int pivot = -1;
            double best = 0;
            for (int row = col; row < k; row++) {
                double magnitude = Math.abs(arithmetic.toDouble(m, (row * k + col) * size));
                if (!arithmetic.isZero(m, (row * k + col) * size) && magnitude > best) {
                    best = magnitude;
                    pivot = row;
                }
            }
            if (pivot < 0 || !arithmetic.invert(m, (pivot * k + col) * size, inverse, 0, order)) {
                return null;
            }
            swapRows(m, y, pivot, col, k, size);
            for (int row = 0; row < k; row++) {
                if (row == col) {
                    continue;
                }
                A factor = arithmetic.allocate(size);
                arithmetic.multiply(m, (row * k + col) * size, inverse, 0, factor, 0, order);
                for (int j = col; j < k; j++) {
                    arithmetic.multiply(factor, 0, m, (col * k + j) * size, product, 0, order);
                    arithmetic.subtract(m, (row * k + j) * size, product, 0, m, (row * k + j) * size, size);
                }
                arithmetic.multiply(factor, 0, y, col * size, product, 0, order);
                arithmetic.subtract(y, row * size, product, 0, y, row * size, size);
            }
            arithmetic.multiply(y, col * size, inverse, 0, product, 0, order);
            System.arraycopy(product, 0, y, col * size, size);
        }
        return y;
    }

    private void swapRows(A m, A y, int a, int b, int k, int size) {
        if (a == b) {
            return;
        }
        A tmp = arithmetic.allocate(k * size);
        System.arraycopy(m, a * k * size, tmp, 0, k * size);
        System.arraycopy(m, b * k * size, m, a * k * size, k * size);
        System.arraycopy(tmp, 0, m, b * k * size, k * size);
        System.arraycopy(y, a * size, tmp, 0, size);
        System.arraycopy(y, b * size, y, a * size, size);
        System.arraycopy(tmp, 0, y, b * size, size);
    }

    private A copy(A source, int length) {
        A copy = arithmetic.allocate(length);
        System.arraycopy(source, 0, copy, 0, length);
        return copy;
    }

    private int argMaxMagnitude(A x, int n) {
        int best = 0;
        for (int i = 1; i < n; i++) {
            if (Math.abs(arithmetic.toDouble(x, i)) > Math.abs(arithmetic.toDouble(x, best))) {
                best = i;
            }
        }
        return best;
    }
}
