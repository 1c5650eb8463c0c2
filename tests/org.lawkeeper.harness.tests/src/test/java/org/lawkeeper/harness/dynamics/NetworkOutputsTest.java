package org.lawkeeper.harness.dynamics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelSpec;
import org.lawkeeper.core.model.net.Network;

/** Networks seen through their outputs: the losses' gradients, and agreement with the factorisation φ. */
class NetworkOutputsTest {
    private static final SplittableRandom RANDOM = new SplittableRandom(11);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"net:2x3>attention(heads=1,dk=2)>dense(3)", "net:3>dense(3)>softmax",
        "net:3>moe(experts=2,gate=softmax,dense(2)>gelu>dense(2))"})
    void everyNetworkLossHasTheGradientOfItsValue(String spec) throws Exception {
        Model model = model(spec);
        Network network = model.network().orElseThrow();
        boolean softmax = spec.endsWith("softmax");
        NetworkData data = data(network, 3, true);
        for (Loss loss : new Loss[] {new NetworkSquareLoss(data(network, 3, false)), new CrossEntropyLoss(data, softmax)}) {
            Objective objective = new Objective(model, loss);
            double[] theta = RANDOM.doubles(model.parameterCount(), -1, 1).toArray();
            double[] gradient = new double[theta.length];
            objective.gradient(theta, gradient);
            for (int j = 0; j < theta.length; j++) {
                double[] plus = theta.clone();
                double[] minus = theta.clone();
                plus[j] += 1e-6;
                minus[j] -= 1e-6;
                double difference = (objective.value(plus) - objective.value(minus)) / 2e-6;
                assertEquals(difference, gradient[j], 1e-6 * (1 + Math.abs(difference)), loss.describe() + ", θ_" + j);
            }
        }
    }

    @Test
    void crossEntropyOnLogitsEqualsCrossEntropyOnTheSoftmaxOfThem() throws Exception {
        Model logits = model("net:2>dense(3)");
        Model probabilities = model("net:2>dense(3)>softmax");
        NetworkData data = data(logits.network().orElseThrow(), 2, true);
        double[] theta = RANDOM.doubles(6, -2, 2).toArray();
        assertEquals(new Objective(probabilities, new CrossEntropyLoss(data, true)).value(theta),
                new Objective(logits, new CrossEntropyLoss(data, false)).value(theta), 1e-12);
    }

    @Test
    void aTwoLayerDenseNetworkIsTheLinearModel() throws Exception {
        // net:4>dense(3)>dense(2) computes W2 W1 x; linear:2,3,4 has φ = U1 U2 with U1 = W2 (2×3), U2 = W1 (3×4)
        Model net = model("net:4>dense(3)>dense(2)");
        Polynomials_F64 phi = Polynomials_F64.factorisation(model("linear:2,3,4"));
        double[] theta = RANDOM.doubles(18, -1, 1).toArray();
        double[] linearTheta = new double[18];
        System.arraycopy(theta, 12, linearTheta, 0, 6);
        System.arraycopy(theta, 0, linearTheta, 6, 12);
        double[] product = new double[8];
        phi.values(linearTheta, product);
        double[][][] inputs = {{RANDOM.doubles(4, -1, 1).toArray()}};
        double[] outputs = new double[2];
        new NetworkOutputs_F64(net.network().orElseThrow(), inputs).values(theta, outputs);
        for (int i = 0; i < 2; i++) {
            double expected = 0;
            for (int j = 0; j < 4; j++) {
                expected += product[i * 4 + j] * inputs[0][0][j];
            }
            assertEquals(expected, outputs[i], 1e-12);
        }
    }

    /**
     * For a polynomial network the gradients ∇⟨w, f(x; θ)⟩ that the tape computes, over many inputs, span the
     * same space as the gradients of its factorisation φ: the two describe the same fields.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"net:4>dense(3)>relu>dense(2)", "net:3>dense(2,bias)>relu>dense(2)",
        "net:3>dense(2)>pow(3)>dense(1)", "net:3>glu(2)>dense(2)", "net:2x2>attention(heads=1,dk=1,dv=1,linear)",
        "net:3>residual(dense(3)>relu>dense(3))", "net:1x4>conv1d(channels=2,kernel=2)>relu>conv1d(channels=1,kernel=2)"})
    void polynomialNetworksSpanTheGradientsOfTheirFactorisation(String spec) throws Exception {
        Model model = model(spec);
        assertTrue(model.hasFactorisation(), spec);
        Network network = model.network().orElseThrow();
        Polynomials_F64 phi = Polynomials_F64.factorisation(model);
        double[] theta = RANDOM.doubles(model.parameterCount(), -1, 1).toArray();
        int d = phi.componentCount();
        int dimension = model.parameterCount();
        double[] factorised = new double[d * dimension];
        phi.jacobian(theta, factorised);
        NetworkOutputs_F64 outputs = new NetworkOutputs_F64(network, data(network, 4 * d, false).inputs());
        double[] taped = new double[outputs.componentCount() * dimension];
        outputs.jacobian(theta, taped);
        int rank = rank(factorised, d, dimension);
        assertTrue(rank < dimension, spec + " has laws, so φ's gradients do not span every direction");
        assertEquals(rank, rank(taped, outputs.componentCount(), dimension), spec + ": rank of the taped gradients");
        double[] both = new double[factorised.length + taped.length];
        System.arraycopy(factorised, 0, both, 0, factorised.length);
        System.arraycopy(taped, 0, both, factorised.length, taped.length);
        assertEquals(rank, rank(both, d + outputs.componentCount(), dimension), spec + ": rank of both together");
    }

    @Test
    void pullBackAfterValuesReusesTheTapesAndFollowsANewPoint() throws Exception {
        Network network = model("net:2>dense(2)>tanh>dense(1)").network().orElseThrow();
        NetworkOutputs_F64 outputs = new NetworkOutputs_F64(network, new double[][][] {{{1, -1}}, {{0.5, 2}}});
        double[] theta = RANDOM.doubles(6, -1, 1).toArray();
        double[] fresh = new double[6];
        new NetworkOutputs_F64(network, new double[][][] {{{1, -1}}, {{0.5, 2}}}).pullBack(theta, new double[] {1, -2},
                fresh);
        outputs.values(RANDOM.doubles(6, -1, 1).toArray(), new double[2]);
        double[] reused = new double[6];
        outputs.pullBack(theta, new double[] {1, -2}, reused);
        assertArrayEquals(fresh, reused, 0);
    }

    private static int rank(double[] rowMajor, int rows, int columns) {
        double[][] matrix = new double[rows][columns];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(rowMajor, r * columns, matrix[r], 0, columns);
        }
        double[] singular = new SingularValueDecomposition(new Array2DRowRealMatrix(matrix, false)).getSingularValues();
        int rank = 0;
        for (double s : singular) {
            rank += s > 1e-9 * singular[0] ? 1 : 0;
        }
        return rank;
    }

    static NetworkData data(Network network, int points, boolean distributions) {
        double[][][] inputs = new double[points][][];
        double[][][] targets = new double[points][][];
        for (int k = 0; k < points; k++) {
            inputs[k] = matrix(network.input().tokens(), network.input().features(), -1);
            targets[k] = matrix(network.output().tokens(), network.output().features(), distributions ? 0 : -1);
            if (distributions) {
                for (double[] row : targets[k]) {
                    double sum = Arrays.stream(row).sum();
                    for (int i = 0; i < row.length; i++) {
                        row[i] /= sum;
                    }
                }
            }
        }
        return new NetworkData(inputs, targets);
    }

    private static double[][] matrix(int rows, int columns, double low) {
        double[][] m = new double[rows][];
        for (int r = 0; r < rows; r++) {
            m[r] = RANDOM.doubles(columns, low, 1).toArray();
        }
        return m;
    }

    private static Model model(String spec) throws Exception {
        return ModelSpec.parse(spec).build(Limits.DEFAULT);
    }
}
