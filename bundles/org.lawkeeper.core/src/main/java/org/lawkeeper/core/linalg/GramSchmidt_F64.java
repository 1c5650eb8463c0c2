package org.lawkeeper.core.linalg;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.lawkeeper.core.jet.JetArithmetic_F64;

/**
 * Floating-point span tracking with an orthonormal basis (classical Gram–Schmidt applied twice,
 * which is as stable as Householder for this purpose). A vector is new when the norm of its
 * component outside the span exceeds {@code tolerance} times its <em>scale</em>: a bound on the
 * magnitudes it was computed from (see {@code JetArithmetic_F64.magnitudes()}), so that rounding
 * noise of a bracket that vanishes exactly is never mistaken for a new direction.
 *
 * <p>The extreme ratios seen are kept: a wide gap between the smallest accepted and the largest
 * rejected ratio is what makes a floating-point rank trustworthy.
 */
public final class GramSchmidt_F64 {
    private final int dimension;
    private final double tolerance;
    private final DMatrixRMaj basis;
    private int rank;
    private double smallestAccepted = Double.POSITIVE_INFINITY;
    private double largestRejected = 0;

    public GramSchmidt_F64(int dimension, double tolerance) {
        this.dimension = dimension;
        this.tolerance = tolerance;
        this.basis = new DMatrixRMaj(0, dimension);
    }

    /**
     * Adds {@code vector} if its component outside the current span exceeds tolerance × {@code scale};
     * returns whether it did.
     */
    public boolean add(double[] vector, double scale) {
        DMatrixRMaj v = DMatrixRMaj.wrap(dimension, 1, vector.clone());
        double norm = NormOps_DDRM.normF(v);
        if (!Double.isFinite(norm) || !Double.isFinite(scale)) {
            throw new ArithmeticException("a bracket value overflowed double precision");
        }
        if (norm == 0) {
            return false;
        }
        double relativeScale = Math.max(scale, norm) / norm;
        CommonOps_DDRM.divide(v, norm);
        for (int pass = 0; pass < 2 && rank > 0; pass++) {
            DMatrixRMaj coefficients = new DMatrixRMaj(rank, 1);
            CommonOps_DDRM.mult(basis, v, coefficients);
            DMatrixRMaj projection = new DMatrixRMaj(dimension, 1);
            CommonOps_DDRM.multTransA(basis, coefficients, projection);
            CommonOps_DDRM.subtractEquals(v, projection);
        }
        double residual = NormOps_DDRM.normF(v);
        double relativeResidual = residual / relativeScale;
        if (relativeResidual <= tolerance) {
            largestRejected = Math.max(largestRejected, relativeResidual);
            return false;
        }
        smallestAccepted = Math.min(smallestAccepted, relativeResidual);
        CommonOps_DDRM.divide(v, residual);
        basis.reshape(rank + 1, dimension, true);
        System.arraycopy(v.data, 0, basis.data, rank * dimension, dimension);
        rank++;
        return true;
    }

    public int rank() {
        return rank;
    }

    /** The smallest residual/scale of an accepted vector (∞ if none). */
    public double smallestAccepted() {
        return smallestAccepted;
    }

    /** The largest residual/scale of a rejected vector (0 if none). */
    public double largestRejected() {
        return largestRejected;
    }
}
