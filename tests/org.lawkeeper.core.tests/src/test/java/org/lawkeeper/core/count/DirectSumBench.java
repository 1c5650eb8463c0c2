package org.lawkeeper.core.count;

import java.util.Locale;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.field.FlowFields;
import org.lawkeeper.core.field.GeneratingFields;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelBuilder;
import org.lawkeeper.core.model.ModelSpec;
import org.lawkeeper.core.polynomial.PolynomialMatrix;

/**
 * The benchmark figure of docs/ALGORITHMS.md §3.7, not a test: wall time of a count split into its independent
 * blocks against the general path on the same fields, in one JVM, each path timed on its second call (the first
 * warms it up). Run it with the core's test class path:
 * {@code java -cp … org.lawkeeper.core.count.DirectSumBench [heads width]}.
 */
public final class DirectSumBench {
    private DirectSumBench() {
    }

    public static void main(String[] args) throws Exception {
        int heads = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int width = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Flow gf = FlowSpec.parse("gf");
        time(independentHeads(heads, width), gf);
        time(ModelSpec.parse("relu:40,40,40+bias").build(Limits.DEFAULT), gf);
        // a control that does not split: both calls take the general path, the first after reading the split
        time(ModelSpec.parse("linear:30,30,30").build(Limits.DEFAULT), gf);
    }

    /** {@code heads} heads W_h·H_h of {@code width} × {@code width} matrices, each with its own outputs. */
    static Model independentHeads(int heads, int width) throws Exception {
        ModelBuilder builder = Model.builder(heads + " heads of linear:" + width + "," + width + "," + width);
        for (int h = 1; h <= heads; h++) {
            PolynomialMatrix w = builder.block("W" + h, width, width);
            PolynomialMatrix x = builder.block("H" + h, width, width);
            builder.output(w.times(x));
        }
        return builder.build();
    }

    private static void time(Model model, Flow flow) throws Exception {
        GeneratingFields fields = FlowFields.of(model, flow, Limits.DEFAULT.withMaxStateDimension(10_000));
        CountResult split = null;
        CountResult whole = null;
        for (int call = 0; call < 2; call++) {
            split = LawCounter.count(model, flow, fields, CountOptions.defaults());
            whole = LawCounter.countAsAWhole(model, flow, fields, CountOptions.defaults());
        }
        System.out.printf(Locale.ROOT, "%s under %s: D = %d, rank %d, %d laws; %d blocks %.2f s, as a whole %.2f s"
                + " (rank %d)%n", model.name(), flow.spec(), split.stateDimension(), split.rank(), split.count(),
                split.blocks(), split.seconds(), whole.seconds(), whole.rank());
    }
}
