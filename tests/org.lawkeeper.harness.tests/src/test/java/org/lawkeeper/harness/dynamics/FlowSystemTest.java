package org.lawkeeper.harness.dynamics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelSpec;

class FlowSystemTest {
    private static final SplittableRandom RANDOM = new SplittableRandom(3);

    @Test
    void gradientMatchesFiniteDifferencesForEveryLoss() throws Exception {
        Model model = ModelSpec.parse("relu:2,3,2+bias").build(Limits.DEFAULT);
        int d = model.factorisation().size();
        DataSet data = new DataSet(new double[][] {RANDOM.doubles(d, -1, 1).toArray(), RANDOM.doubles(d, -1, 1)
                .toArray()}, new double[] {0.5, -1});
        for (Loss loss : new Loss[] {new SquareLoss(data), new LogisticLoss(data),
                new SmoothLoss(RANDOM.doubles(d, -1, 1).toArray(), RANDOM.doubles(d, 0, 1).toArray(), 0.3)}) {
            Objective objective = new Objective(model, loss);
            double[] theta = RANDOM.doubles(model.parameterCount(), -1, 1).toArray();
            double[] gradient = new double[theta.length];
            objective.gradient(theta, gradient);
            assertArrayEquals(numericGradient(objective, theta), gradient, 1e-6, loss.describe());
        }
    }

    @Test
    void flowsApplyTheirMetrics() throws Exception {
        Model model = ModelSpec.parse("nmf:2,2,2").build(Limits.DEFAULT);
        Objective objective = new Objective(model, new SmoothLoss(new double[] {1, -1, 0.5, 0}, new double[4], 0));
        double[] theta = RANDOM.doubles(8, 0.5, 2).toArray();
        double[] gradient = new double[8];
        objective.gradient(theta, gradient);
        double[] gf = FlowSystem.of(FlowSpec.parse("gf"), objective).computeDerivatives(0, theta);
        double[] mirror = FlowSystem.of(FlowSpec.parse("mirror"), objective).computeDerivatives(0, theta);
        for (int j = 0; j < 8; j++) {
            assertEquals(-gradient[j], gf[j], 1e-12);
            assertEquals(-theta[j] * gradient[j], mirror[j], 1e-12);
        }
        double[] velocity = RANDOM.doubles(8, -1, 1).toArray();
        FlowSystem momentum = FlowSystem.of(FlowSpec.parse("mirror-momentum:tau=2"), objective);
        double[] rate = momentum.computeDerivatives(0, momentum.initialState(theta, velocity));
        for (int j = 0; j < 8; j++) {
            assertEquals(velocity[j], rate[j], 1e-12);
            assertEquals(-2 * velocity[j] - (2 * theta[j] + velocity[j]) * gradient[j], rate[8 + j], 1e-12);
        }
    }

    @Test
    void weightDecayPullsEveryParameterTowardsZero() throws Exception {
        Model model = ModelSpec.parse("relu:2,3,2").build(Limits.DEFAULT);
        int n = model.parameterCount();
        int d = model.factorisation().size();
        Objective objective = new Objective(model, new SmoothLoss(RANDOM.doubles(d, -1, 1).toArray(), new double[d], 0));
        double[] theta = RANDOM.doubles(n, -1, 1).toArray();
        double[] velocity = RANDOM.doubles(n, -1, 1).toArray();
        double[] gradient = new double[n];
        objective.gradient(theta, gradient);
        double[] gf = FlowSystem.of(FlowSpec.parse("gf:wd=1/2"), objective).computeDerivatives(0, theta);
        FlowSystem momentum = FlowSystem.of(FlowSpec.parse("momentum:tau=1,wd=1/4"), objective);
        double[] rate = momentum.computeDerivatives(0, momentum.initialState(theta, velocity));
        for (int j = 0; j < n; j++) {
            assertEquals(-gradient[j] - 0.5 * theta[j], gf[j], 1e-12);
            assertEquals(velocity[j], rate[j], 1e-12);
            assertEquals(-velocity[j] - gradient[j] - 0.25 * theta[j], rate[n + j], 1e-12);
        }
    }

    @Test
    void naturalGradientOfANetworkSolvesForTheOutputsOnItsData() throws Exception {
        // J (3 outputs × 6 parameters) has full row rank: the natural rate x = −J^†g satisfies Jx = −g
        Model model = ModelSpec.parse("net:2>dense(2)>tanh>dense(1)").build(Limits.DEFAULT);
        NetworkData data = new NetworkData(new double[][][] {{{1, -1}}, {{0.5, 2}}, {{-1, 0.3}}},
                new double[][][] {{{1}}, {{-1}}, {{0.5}}});
        Objective objective = new Objective(model, new NetworkSquareLoss(data));
        double[] theta = RANDOM.doubles(6, -1, 1).toArray();
        double[] rate = FlowSystem.of(FlowSpec.parse("natural"), objective).computeDerivatives(0, theta);
        double[] jacobian = new double[18];
        objective.predictor().jacobian(theta, jacobian);
        double[] g = new double[3];
        objective.lossGradient(theta, g);
        for (int i = 0; i < 3; i++) {
            double change = 0;
            for (int j = 0; j < 6; j++) {
                change += jacobian[i * 6 + j] * rate[j];
            }
            assertEquals(-g[i], change, 1e-10);
        }
    }

    @Test
    void nesterovStartsAfterTimeZero() throws Exception {
        Objective objective = new Objective(ModelSpec.parse("product:2").build(Limits.DEFAULT),
                new SmoothLoss(new double[] {1}, new double[] {0}, 0));
        FlowSystem nesterov = FlowSystem.of(FlowSpec.parse("nesterov"), objective);
        assertEquals(FlowSystem.NESTEROV_START, nesterov.startTime());
        double[] rate = nesterov.computeDerivatives(2, new double[] {1, 2, 3, 4});
        assertArrayEquals(new double[] {3, 4, -1.5 * 3 - 2, -1.5 * 4 - 1}, rate, 1e-12);
    }

    @Test
    void naturalGradientFollowsThePseudoInverse() throws Exception {
        // φ = x1·x2: J = (x2, x1), J^†g = Jᵀg/|J|²
        Objective objective = new Objective(ModelSpec.parse("product:2").build(Limits.DEFAULT),
                new SmoothLoss(new double[] {2}, new double[] {0}, 0));
        double[] rate = FlowSystem.of(FlowSpec.parse("natural"), objective).computeDerivatives(0, new double[] {1, 2});
        assertArrayEquals(new double[] {-2 * 2 / 5.0, -2 * 1 / 5.0}, rate, 1e-12);
    }

    @Test
    void mirrorTrajectoriesStayPositiveAndReportTheirSteps() throws Exception {
        Model model = ModelSpec.parse("nmf:2,2,2").build(Limits.DEFAULT);
        FlowSystem mirror = FlowSystem.of(FlowSpec.parse("mirror"), new Objective(model,
                new SmoothLoss(new double[] {3, 3, 3, 3}, new double[4], 0)));
        double[] smallest = {Double.POSITIVE_INFINITY};
        Integration run = FlowIntegrator.DEFAULT.integrate(mirror, RANDOM.doubles(8, 0.5, 1).toArray(), new double[8],
                2, (t, theta, v, error) -> {
                    for (double x : theta) {
                        smallest[0] = Math.min(smallest[0], x);
                    }
                });
        assertTrue(run.completed(), run.toString());
        assertTrue(smallest[0] > 0);
        assertTrue(run.steps() > 0 && run.evaluations() > run.steps());
    }

    @Test
    void leavingTheMirrorDomainOrExhaustingTheBudgetIsADiscard() throws Exception {
        Model model = ModelSpec.parse("nmf:1,1,1").build(Limits.DEFAULT);
        Objective objective = new Objective(model, new SmoothLoss(new double[] {1}, new double[1], 0));
        Integration outside = FlowIntegrator.DEFAULT.integrate(FlowSystem.of(FlowSpec.parse("mirror"), objective),
                new double[] {-1, 1}, new double[2], 1, (t, theta, v, error) -> {
                });
        assertEquals(Discard.Reason.LEFT_DOMAIN, outside.discard().orElseThrow().reason());
        FlowIntegrator starved = new FlowIntegrator(Tolerances.DEFAULT, 20, 1e6, 0, null);
        Integration exhausted = starved.integrate(FlowSystem.of(FlowSpec.parse("gf"), objective), new double[] {1, 1},
                new double[2], 100, (t, theta, v, error) -> {
                });
        assertEquals(Discard.Reason.TOO_MANY_EVALUATIONS, exhausted.discard().orElseThrow().reason());
    }

    private static double[] numericGradient(Objective objective, double[] theta) {
        double[] gradient = new double[theta.length];
        double h = 1e-6;
        for (int j = 0; j < theta.length; j++) {
            double[] plus = theta.clone();
            double[] minus = theta.clone();
            plus[j] += h;
            minus[j] -= h;
            gradient[j] = (objective.value(plus) - objective.value(minus)) / (2 * h);
        }
        return gradient;
    }
}
