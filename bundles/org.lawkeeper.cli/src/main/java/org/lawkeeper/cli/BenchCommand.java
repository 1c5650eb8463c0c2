package org.lawkeeper.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.CancelledException;
import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.analysis.Analysis;
import org.lawkeeper.core.count.CountOptions;
import org.lawkeeper.core.count.CountResult;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.model.ModelSpec;

/**
 * {@code bench}: times exact counting over a fixed list of cases (the docs/THEORY.md §12 oracles and four
 * larger models) after warm-up, and compares each median with its target.
 */
final class BenchCommand implements Command {
    private record Case(String model, String flow, double targetSeconds) {
    }

    private static final double ORACLE_TARGET = 0.2;
    private static final double NETWORK_TARGET = 1;
    private static final List<Case> CASES = List.of(
            oracle("product:2", "gf"), oracle("product:2", "momentum"), oracle("product:3", "gf"),
            oracle("linear:2,2,2", "gf"), oracle("linear:3,2,4", "gf"), oracle("linear:2,2,2", "momentum"),
            oracle("linear:2,2,2", "momentum:tau=1/2"), oracle("linear:2,2,2", "nesterov"),
            oracle("linear:3,3,2", "momentum"), oracle("linear:2,2,2,2", "gf"), oracle("linear:2,2,2,2", "momentum"),
            oracle("linear:2,3,2,2", "gf"), oracle("linear:2,3,2,2", "momentum"),
            oracle("linear:2,3,2,2", "momentum:tau=1/2"), oracle("linear:2,3,2,2", "nesterov"),
            oracle("relu:2,3,2", "gf"), oracle("relu:2,3,2+bias", "gf"), oracle("relu:2,3,2+bias", "momentum"),
            oracle("relu:2,2,3,2", "gf"), oracle("nmf:2,2,2", "mirror"), oracle("nmf:3,3,3", "mirror"),
            oracle("nmf:3,3,3", "mirror-momentum"), oracle("icnn:2,2,2", "mirror"), oracle("icnn:2,2,2+bias", "mirror"),
            oracle("icnn:1,1,1", "mirror"), oracle("icnn:2,2,2", "mirror-momentum"), oracle("linear:2,3,2,2", "natural"),
            new Case("linear:5,5,4,4,5", "gf", 1), new Case("relu:9,7,2", "gf", 2), new Case("relu:9,7,2", "momentum", 2),
            network("net:2x4>attention(heads=2,dk=2)"), network("net:4>swiglu(6)>dense(4)"),
            network("net:4>dense(6)>gelu>dense(4)"), network("net:3>moe(experts=2,gate=softmax,swiglu(2)>dense(3))"),
            new Case("linear:20,20,20", "momentum", 30));
    /** Issue 10's targets at the scale of real layers, each run once under a budget of twice its target. */
    private static final List<Case> SCALE = List.of(new Case("linear:30,30,30", "gf", 3),
            new Case("linear:50,50,50", "gf", 60), new Case("linear:30,30,30", "momentum", 60),
            new Case("relu:40,40,40+bias", "gf", 30), new Case("linear:100,100,100", "gf", 15 * 60));

    private static Case oracle(String model, String flow) {
        return new Case(model, flow, ORACLE_TARGET);
    }

    private static Case network(String model) {
        return new Case(model, "gf", NETWORK_TARGET);
    }

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String synopsis() {
        return "benchmark exact counting on a fixed case list";
    }

    @Override
    public String usage() {
        return """
                usage: ./lawkeeper bench [--quick] [--repeat N] [--scale] [--timeout SECONDS]

                  --timeout SECONDS  give up after this long (exit code 2)

                Times ./lawkeeper count (exact mode) on the docs/THEORY.md §12 oracle cases, on linear:5,5,4,4,5 gf,
                relu:9,7,2 gf and momentum, four networks of modern blocks under gf, and linear:20,20,20 momentum
                (state dimension 1601), each after two warm-up runs in the same JVM; prints the median of N runs
                (default 5; 1 for cases above 5 s) against its target. --quick leaves out linear:20,20,20.
                --scale adds layers of real size, up to linear:100,100,100 (D = 20,000; about half an hour):
                each is run once, stopped at twice its target, and shown with the r²·D/2 multiply-adds that
                eliminating its rank r costs at the least and the rate that makes.
                """;
    }

    @Override
    public int run(List<String> words, PrintStream out, Cancellation cancellation) throws LawkeeperException {
        Arguments arguments = Arguments.parse(name(), words, Set.of("repeat", "timeout"), Set.of("quick", "scale"));
        arguments.expectNoPositional();
        long repeat = arguments.integer("repeat", 5);
        if (repeat < 1 || repeat > 1000) {
            throw new UsageException("--repeat must lie between 1 and 1000, got " + repeat);
        }
        CountOptions options = CountOptions.defaults().withCancellation(AnalysisOptions.timeout(arguments, cancellation));
        TextTable table = new TextTable("model", "flow", "state dim", "count", "median s", "target s", "");
        int missed = 0;
        for (Case c : CASES) {
            if (arguments.flag("quick") && c.targetSeconds() > 5) {
                continue;
            }
            var model = ModelSpec.parse(c.model()).build(options.limits());
            var flow = FlowSpec.parse(c.flow());
            List<Double> seconds = new ArrayList<>();
            CountResult last = null;
            int runs = c.targetSeconds() > 5 ? 1 : (int) repeat;
            for (int i = 0; i < 2 + runs; i++) {
                last = Analysis.count(model, flow, options);
                if (i >= 2) {
                    seconds.add(last.seconds());
                }
            }
            double median = median(seconds);
            boolean within = median <= c.targetSeconds();
            missed += within ? 0 : 1;
            table.add(c.model(), c.flow(), String.valueOf(last.stateDimension()), String.valueOf(last.count()),
                    String.format("%.4f", median), String.format("%.1f", c.targetSeconds()), within ? "ok" : "SLOW");
            out.print(".");
            out.flush();
        }
        out.println();
        out.print(table);
        if (arguments.flag("scale")) {
            missed += scale(out, cancellation);
        }
        out.printf("%s; %s, %d cores, %.1f GB heap%n",
                missed == 0 ? "all cases within target" : missed + " case(s) above target",
                System.getProperty("java.vm.name") + " " + Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1e9);
        return 0;
    }

    /** The scale section: one run per case; returns how many missed their target. */
    private static int scale(PrintStream out, Cancellation cancellation) throws LawkeeperException {
        CountOptions options = CountOptions.defaults()
                .withLimits(Limits.DEFAULT.withMaxStateDimension(Integer.MAX_VALUE));
        TextTable table = new TextTable("model", "flow", "state dim", "rank", "count", "seconds", "target s",
                "r²·D/2", "per second", "");
        int missed = 0;
        for (Case c : SCALE) {
            var model = ModelSpec.parse(c.model()).build(options.limits());
            var flow = FlowSpec.parse(c.flow());
            CountResult result;
            try {
                result = Analysis.count(model, flow, options.withCancellation(
                        cancellation.withBudget(Duration.ofSeconds((long) (2 * c.targetSeconds())))));
            } catch (CancelledException e) {
                if (cancellation.isCancelled()) {
                    throw e;
                }
                missed++;
                table.add(c.model(), c.flow(), "", "", "", "> " + (long) (2 * c.targetSeconds()),
                        String.format("%.0f", c.targetSeconds()), "", "", "STOPPED");
                continue;
            }
            double work = (double) result.rank() * result.rank() * result.stateDimension() / 2;
            boolean within = result.seconds() <= c.targetSeconds();
            missed += within ? 0 : 1;
            table.add(c.model(), c.flow(), String.valueOf(result.stateDimension()), String.valueOf(result.rank()),
                    String.valueOf(result.count()), String.format("%.1f", result.seconds()),
                    String.format("%.0f", c.targetSeconds()), String.format("%.2e", work),
                    String.format("%.2e", work / result.seconds()), within ? "ok" : "SLOW");
            out.print(".");
            out.flush();
        }
        out.println();
        out.print(table);
        return missed;
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
