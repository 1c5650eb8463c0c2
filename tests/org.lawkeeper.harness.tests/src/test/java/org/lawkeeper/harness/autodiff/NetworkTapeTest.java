package org.lawkeeper.harness.autodiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.model.ModelSpec;
import org.lawkeeper.core.model.net.Network;

/** The reverse-mode tape: gradients against central differences on every layer kind, values against formulas. */
class NetworkTapeTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "net:3>dense(2,bias)>relu>dense(2)",
        "net:3>dense(2)>pow(3)>dense(1)",
        "net:3>dense(3)>gelu>dense(2)",
        "net:3>dense(3)>silu>dense(2)",
        "net:3>dense(3)>tanh>dense(2)",
        "net:3>dense(3)>sigmoid>dense(2)",
        "net:3>glu(2)>dense(1)",
        "net:3>swiglu(2)>dense(1)",
        "net:2x4>attention(heads=2,dk=2)",
        "net:3x3>attention(heads=1,dk=2,dv=1)",
        "net:2x2>attention(heads=1,dk=1,dv=1,linear)",
        "net:3x4>attention(heads=1,dk=2,rope)",
        "net:4>residual(dense(4)>relu>dense(4))",
        "net:4>layernorm>dense(2)",
        "net:4>dense(4)>rmsnorm>dense(2)",
        "net:3>moe(experts=2,gate=softmax,swiglu(2)>dense(3))",
        "net:3>moe(experts=2,gate=nsigmoid,dense(2)>relu>dense(3))",
        "net:1x6>conv1d(channels=2,kernel=3)>relu>conv1d(channels=1,kernel=2)",
        "net:4>dense(3)>softmax"})
    void gradientMatchesCentralDifferences(String spec) throws Exception {
        Network network = network(spec);
        SplittableRandom random = new SplittableRandom(spec.hashCode());
        for (int sample = 0; sample < 3; sample++) {
            double[] theta = random.doubles(network.parameterCount(), -1, 1).toArray();
            double[][] x = matrix(random, network.input().tokens(), network.input().features());
            double[][] w = matrix(random, network.output().tokens(), network.output().features());
            NetworkTape tape = new NetworkTape(network);
            tape.forward(theta, x);
            double[] gradient = new double[theta.length];
            tape.pullBack(w, gradient);
            double h = 1e-6;
            for (int j = 0; j < theta.length; j++) {
                double[] plus = theta.clone();
                double[] minus = theta.clone();
                plus[j] += h;
                minus[j] -= h;
                double difference = (dot(w, tape.forward(plus, x)) - dot(w, tape.forward(minus, x))) / (2 * h);
                assertEquals(difference, gradient[j], 1e-6 * (1 + Math.abs(difference)),
                        spec + ": ∂/∂θ_" + j + " of ⟨w, f⟩");
            }
        }
    }

    @Test
    void twoDenseLayersComputeTheProductOfTheirMatrices() throws Exception {
        Network network = network("net:2>dense(2)>dense(1)");
        // W1 = [[1, 2], [3, 4]], W2 = [[5, 6]]: f(x) = W2 W1 x = [23, 34]·x
        double[][] f = new NetworkTape(network).forward(new double[] {1, 2, 3, 4, 5, 6}, new double[][] {{1, -1}});
        assertArrayEquals(new double[] {23 - 34}, f[0], 1e-12);
    }

    @Test
    void smoothActivationsHaveTheirTextbookValues() throws Exception {
        // f = 1·act(z·x) at x = 1: GELU is zΦ(z), SiLU zσ(z), tanh, sigmoid
        double z = 1;
        double phi = 0.8413447460685429;
        double sigma = 1 / (1 + Math.exp(-z));
        assertEquals(z * phi, scalar("gelu", z), 1e-15);
        assertEquals(z * sigma, scalar("silu", z), 1e-15);
        assertEquals(Math.tanh(z), scalar("tanh", z), 1e-15);
        assertEquals(sigma, scalar("sigmoid", z), 1e-15);
        assertEquals(0, scalar("relu", -z));
        assertEquals(z * z * z, scalar("pow(3)", z), 1e-15);
    }

    @Test
    void sigmoidAndSoftmaxNeitherOverflowNorLoseTheirDerivative() throws Exception {
        assertEquals(0, scalar("sigmoid", -800));
        Network softmax = network("net:1>dense(2)>softmax");
        NetworkTape tape = new NetworkTape(softmax);
        double[][] p = tape.forward(new double[] {1000, 0}, new double[][] {{1}});
        assertArrayEquals(new double[] {1, 0}, p[0], 1e-300);
        double[] gradient = new double[2];
        tape.pullBack(new double[][] {{1, 0}}, gradient);
        assertTrue(Double.isFinite(gradient[0]) && Double.isFinite(gradient[1]));
        double[][] even = tape.forward(new double[] {0.5, -0.5}, new double[][] {{1}});
        double e = Math.exp(1);
        assertArrayEquals(new double[] {e / (1 + e), 1 / (1 + e)}, even[0], 1e-15);
    }

    @Test
    void rotaryAnglesFollowRoFormer() throws Exception {
        NetworkTape tape = new NetworkTape(network("net:2>dense(1)"));
        tape.forward(new double[] {1, 1}, new double[][] {{1, 1}});
        // ω_j = 10000^{−j/frequencies}: with 2 frequencies ω_1 = 1/100, at position 3 the angle is 0.03
        assertEquals(Math.cos(0.03), tape.value(tape.rotation(1, 2, 3, false)), 1e-15);
        assertEquals(Math.sin(3), tape.value(tape.rotation(0, 2, 3, true)), 1e-15);
        assertEquals(Math.sqrt(5), tape.value(tape.squareRootOf(5)), 1e-15);
        assertEquals(0.75, tape.value(tape.constant(new BigFraction(3, 4))));
    }

    @Test
    void magnitudeIsTheGradientOfTheAbsoluteComputation() throws Exception {
        // f = w2·(w1·x): the magnitude sweep gives |w2||x| and |w1||x| whatever the signs
        NetworkTape tape = new NetworkTape(network("net:1>dense(1)>dense(1)"));
        tape.forward(new double[] {-2, 3}, new double[][] {{-5}});
        double[] magnitude = new double[2];
        tape.pullBackMagnitude(new double[][] {{-1}}, magnitude);
        assertArrayEquals(new double[] {15, 10}, magnitude, 1e-12);
        assertEquals(2, tape.depth());
    }

    private static double scalar(String activation, double z) throws Exception {
        return new NetworkTape(network("net:1>dense(1)>" + activation + ">dense(1)"))
                .forward(new double[] {z, 1}, new double[][] {{1}})[0][0];
    }

    static Network network(String spec) throws Exception {
        return ModelSpec.parse(spec).build(Limits.DEFAULT).network().orElseThrow();
    }

    private static double[][] matrix(SplittableRandom random, int rows, int columns) {
        double[][] m = new double[rows][];
        for (int r = 0; r < rows; r++) {
            m[r] = random.doubles(columns, -1, 1).toArray();
        }
        return m;
    }

    private static double dot(double[][] a, double[][] b) {
        double sum = 0;
        for (int r = 0; r < a.length; r++) {
            for (int c = 0; c < a[r].length; c++) {
                sum += a[r][c] * b[r][c];
            }
        }
        return sum;
    }
}
