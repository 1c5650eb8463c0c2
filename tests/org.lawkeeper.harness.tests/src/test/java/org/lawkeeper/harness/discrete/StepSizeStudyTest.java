package org.lawkeeper.harness.discrete;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.law.LawParser;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelSpec;
import org.lawkeeper.harness.dynamics.DataSet;
import org.lawkeeper.harness.dynamics.SquareLoss;
import org.lawkeeper.harness.trials.Trial;

class StepSizeStudyTest {

    @Test
    void gradientDescentDriftScalesWithTheSquareOfTheStep() throws Exception {
        Trial trial = trial("linear:2,3,2", "gf", "U1^T*U1 - U2*U2^T");
        StepSizeStudy.Result result = new StepSizeStudy(new GradientDescent(0), 10, StepSizeStudy.geometric(0.002, 5))
                .run(trial);
        assertTrue(result.discard().isEmpty());
        assertEquals(2, result.slope(), 0.3, () -> Arrays.toString(result.drifts()));
    }

    @Test
    void mirrorDescentKeepsTheNmfLawToSecondOrder() throws Exception {
        Trial trial = trial("nmf:2,2,2", "mirror", "sum(U, cols)^T - sum(V, rows)");
        StepSizeStudy.Result result = new StepSizeStudy(new MirrorDescent(0), 10, StepSizeStudy.geometric(0.002, 5))
                .run(trial);
        assertEquals(2, result.slope(), 0.3, () -> Arrays.toString(result.drifts()));
    }

    @Test
    void everyOptimiserRunsAndReportsDrift() throws Exception {
        Trial trial = trial("linear:2,3,2", "gf", "U1^T*U1 - U2*U2^T");
        for (Optimiser optimiser : new Optimiser[] {new HeavyBall(0, 0.9), new NesterovMomentum(0, 0.9),
                new Adam(0)}) {
            StepSizeStudy.Result result = new StepSizeStudy(optimiser, 20, StepSizeStudy.geometric(0.01, 3)).run(trial);
            assertTrue(result.discard().isEmpty(), optimiser.describe());
            assertTrue(result.drifts()[0] > 0, optimiser.describe());
        }
    }

    private static Trial trial(String modelSpec, String flowSpec, String lawText) throws Exception {
        Model model = ModelSpec.parse(modelSpec).build(Limits.DEFAULT);
        Flow flow = FlowSpec.parse(flowSpec);
        SplittableRandom random = new SplittableRandom(7);
        int d = model.factorisation().size();
        double[][] features = new double[3][d];
        double[] targets = random.doubles(3, -1, 1).toArray();
        for (double[] row : features) {
            for (int i = 0; i < d; i++) {
                row[i] = random.nextDouble(-1, 1);
            }
        }
        double[] theta = random.doubles(model.parameterCount(), 0.2, 1).toArray();
        return new Trial(model, flow, LawParser.parse(lawText, model, flow),
                new SquareLoss(new DataSet(features, targets)), theta, new double[theta.length], 1);
    }
}
