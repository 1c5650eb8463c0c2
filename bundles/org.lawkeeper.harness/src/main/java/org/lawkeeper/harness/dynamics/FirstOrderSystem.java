package org.lawkeeper.harness.dynamics;

import java.util.Arrays;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.SingularValueDecomposition;

/**
 * θ' = −M(θ)∇L − λθ with M = I (gradient flow, the only one with weight decay λ), diag(θ) on mirrored
 * coordinates (mirror), or J^†-based (natural).
 */
final class FirstOrderSystem extends FlowSystem {
    enum Metric { EUCLIDEAN, MIRROR, NATURAL }

    private final Metric metric;
    private final double weightDecay;
    private final double[] gradient;

    FirstOrderSystem(Objective objective, Metric metric, double weightDecay) {
        super(objective);
        this.metric = metric;
        this.weightDecay = weightDecay;
        this.gradient = new double[parameterCount];
    }

    @Override
    public int getDimension() {
        return parameterCount;
    }

    @Override
    public double[] computeDerivatives(double t, double[] theta) {
        return metric == Metric.NATURAL ? natural(theta) : preconditioned(theta);
    }

    private double[] preconditioned(double[] theta) {
        objective.gradient(theta, gradient);
        double[] rate = new double[parameterCount];
        for (int j = 0; j < parameterCount; j++) {
            double m = metric == Metric.MIRROR && objective.mirrored(j) ? theta[j] : 1;
            rate[j] = -m * gradient[j] - weightDecay * theta[j];
        }
        return rate;
    }

    /**
     * (JᵀJ)^†∇L = (JᵀJ)^†Jᵀg = J^†g for g = ∂ℓ/∂p: the minimum-norm least-squares solution of J x = g. For a
     * network J is the Jacobian of its outputs on the data, whose rows span the same space as the
     * data-indexed fields at those inputs.
     */
    private double[] natural(double[] theta) {
        Predictor predictions = objective.predictor();
        int d = predictions.componentCount();
        double[] jacobian = new double[d * parameterCount];
        predictions.jacobian(theta, jacobian);
        double[][] rows = new double[d][];
        for (int i = 0; i < d; i++) {
            rows[i] = Arrays.copyOfRange(jacobian, i * parameterCount, (i + 1) * parameterCount);
        }
        double[] g = new double[d];
        objective.lossGradient(theta, g);
        double[] x = new SingularValueDecomposition(new Array2DRowRealMatrix(rows, false)).getSolver()
                .solve(new ArrayRealVector(g, false)).toArray();
        for (int j = 0; j < x.length; j++) {
            x[j] = -x[j];
        }
        return x;
    }

    @Override
    public boolean hasVelocity() {
        return false;
    }

    @Override
    public double[] initialState(double[] theta, double[] velocity) {
        return theta.clone();
    }

    @Override
    public boolean inDomain(double[] state) {
        if (metric != Metric.MIRROR) {
            return true;
        }
        for (int j = 0; j < parameterCount; j++) {
            if (objective.mirrored(j) && !(state[j] > 0)) {
                return false;
            }
        }
        return true;
    }
}
