package org.lawkeeper.harness;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.law.LawParser;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelSpec;
import org.lawkeeper.harness.check.DriftCheck;
import org.lawkeeper.harness.dynamics.DataSet;
import org.lawkeeper.harness.dynamics.FlowIntegrator;
import org.lawkeeper.harness.dynamics.FlowSystem;
import org.lawkeeper.harness.dynamics.LogisticLoss;
import org.lawkeeper.harness.dynamics.NetworkLoss;
import org.lawkeeper.harness.dynamics.Loss;
import org.lawkeeper.harness.dynamics.Objective;
import org.lawkeeper.harness.dynamics.SmoothLoss;
import org.lawkeeper.harness.dynamics.SquareLoss;
import org.lawkeeper.harness.gen.Choices;
import org.lawkeeper.harness.gen.DiscardedException;
import org.lawkeeper.harness.trials.Trial;
import org.lawkeeper.harness.trials.TrialGens;

/**
 * Trials per second of the harness, written to target/bench/ together with the trajectories, which
 * bench/scipy_dop853.py integrates again with SciPy's solve_ivp (DOP853, same tolerances) for
 * comparison. Run with {@code -Dlawkeeper.bench=true}; see bench/run.sh.
 */
@EnabledIfSystemProperty(named = "lawkeeper.bench", matches = "true")
class ThroughputBenchmarkTest {
    private static final int TRIALS = 200;
    private static final Path OUT = Path.of("target", "bench");
    private static final long WARM_UP_NANOS = 3_000_000_000L;
    private static final int PASSES = 3;

    private record Case(String model, String flow, String law) {
    }

    private static final List<Case> CASES = List.of(new Case("linear:3,3,3", "gf", "U1^T*U1 - U2*U2^T"),
            new Case("linear:3,3,3", "momentum", "skew(U1^T*U1' + U2*U2'^T)"),
            new Case("relu:3,4,2", "gf", "norm2(U2, rows) - norm2(U1, cols)^T"));

    @Test
    void measureTrialsPerSecond() throws Exception {
        Files.createDirectories(OUT);
        StringBuilder summary = new StringBuilder();
        StringBuilder trajectories = new StringBuilder();
        for (Case c : CASES) {
            Model model = ModelSpec.parse(c.model()).build(Limits.DEFAULT);
            Flow flow = FlowSpec.parse(c.flow());
            var cases = TrialGens.cases(model, flow, LawParser.parse(c.law(), model, flow), Laws.MAX_HORIZON);
            List<Trial> trials = new ArrayList<>();
            for (int attempt = 0; trials.size() < TRIALS; attempt++) {
                try {
                    trials.add(cases.generate(Choices.fresh(attempt)));
                } catch (DiscardedException e) {
                    // a generator filter: draw again
                }
            }
            DriftCheck check = new DriftCheck(FlowIntegrator.DEFAULT);
            Runnable checks = () -> trials.forEach(check::run);
            Runnable integrations = () -> trials.forEach(t -> FlowIntegrator.DEFAULT.integrate(
                    FlowSystem.of(flow, new Objective(model, t.loss())), t.theta(), t.velocity(), t.horizon(),
                    (time, theta, velocity, error) -> {
                    }));
            long warmUp = System.nanoTime() + WARM_UP_NANOS;
            while (System.nanoTime() < warmUp) {
                checks.run();
                integrations.run();
            }
            double checkSeconds = best(checks);
            double integrateSeconds = best(integrations);
            summary.append(String.format(Locale.ROOT, "%s %s %d %.6f %.6f%n", c.model(), c.flow(), TRIALS, checkSeconds,
                    integrateSeconds));
            trials.forEach(t -> trajectories.append(json(c, t)).append('\n'));
        }
        Files.writeString(OUT.resolve("java.txt"), summary);
        Files.writeString(OUT.resolve("trajectories.jsonl"), trajectories);
        assertTrue(Files.size(OUT.resolve("trajectories.jsonl")) > 0);
    }

    /** The fastest of {@value #PASSES} timed passes, in seconds (the least disturbed by other load). */
    private static double best(Runnable pass) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < PASSES; i++) {
            long start = System.nanoTime();
            pass.run();
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        return best;
    }

    private static String json(Case c, Trial t) {
        return String.format(Locale.ROOT, "{\"model\":\"%s\",\"flow\":\"%s\",\"horizon\":%s,\"theta\":%s,"
                + "\"velocity\":%s,\"rtol\":%s,\"atol\":%s,%s}", c.model(), c.flow(), t.horizon(), array(t.theta()),
                array(t.velocity()), FlowIntegrator.DEFAULT.tolerances().relative(),
                FlowIntegrator.DEFAULT.tolerances().absolute(), loss(t.loss()));
    }

    private static String loss(Loss loss) {
        return switch (loss) {
            case SquareLoss s -> "\"loss\":\"square\"," + data(s.data());
            case LogisticLoss l -> "\"loss\":\"logistic\"," + data(l.data());
            case SmoothLoss s -> "\"loss\":\"smooth\",\"a\":" + array(s.linear()) + ",\"b\":" + array(s.quadratic())
                    + ",\"c\":" + s.quartic();
            case NetworkLoss n -> throw new IllegalArgumentException("the SciPy comparison covers losses of φ only");
        };
    }

    private static String data(DataSet data) {
        List<String> rows = new ArrayList<>();
        for (double[] row : data.features()) {
            rows.add(array(row));
        }
        return "\"features\":[" + String.join(",", rows) + "],\"targets\":" + array(data.targets());
    }

    private static String array(double[] values) {
        List<String> parts = new ArrayList<>();
        for (double v : values) {
            parts.add(Double.toString(v));
        }
        return "[" + String.join(",", parts) + "]";
    }

}
