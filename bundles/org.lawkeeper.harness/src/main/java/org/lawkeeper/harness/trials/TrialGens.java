package org.lawkeeper.harness.trials;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.SpecException;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.law.Law;
import org.lawkeeper.core.law.LawParser;
import org.lawkeeper.core.law.LawSyntaxException;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelSpec;
import org.lawkeeper.core.model.net.Architecture;
import org.lawkeeper.core.model.net.Layer;
import org.lawkeeper.core.model.net.Network;
import org.lawkeeper.harness.dynamics.CrossEntropyLoss;
import org.lawkeeper.harness.dynamics.DataSet;
import org.lawkeeper.harness.dynamics.LogisticLoss;
import org.lawkeeper.harness.dynamics.Loss;
import org.lawkeeper.harness.dynamics.NetworkData;
import org.lawkeeper.harness.dynamics.NetworkSquareLoss;
import org.lawkeeper.harness.dynamics.SmoothLoss;
import org.lawkeeper.harness.dynamics.SquareLoss;
import org.lawkeeper.harness.gen.DiscardedException;
import org.lawkeeper.harness.gen.Gen;
import org.lawkeeper.harness.gen.Gens;
import org.lawkeeper.harness.property.Statistics;

/**
 * Generators of the harness's domain: architectures, data sets, losses, initial states and whole
 * trials. Each shrinks towards the smallest architecture, the fewest data points, the shortest
 * horizon and the simplest numbers.
 */
public final class TrialGens {
    /** Scales of initial states, simplest first: unit, small, tiny, large. */
    private static final Gen<Double> SCALES = Gens.oneOf(1.0, 0.3, 1e-3, 3.0);

    private TrialGens() {
    }

    /**
     * Architectures of a built-in kind ({@code linear}, {@code relu}, {@code relu+bias}, {@code nmf},
     * {@code icnn}, {@code icnn+bias}): {@code minLayers..maxLayers} weight layers (fixed at 2 for nmf and
     * icnn) with every width in 1..maxWidth.
     */
    public static Gen<Model> architectures(String kind, int minLayers, int maxLayers, int maxWidth) {
        boolean bias = kind.endsWith("+bias");
        String base = bias ? kind.substring(0, kind.length() - "+bias".length()) : kind;
        boolean fixedDepth = base.equals("nmf") || base.equals("icnn");
        Gen<Integer> layers = fixedDepth ? Gens.constant(2) : Gens.integers(minLayers, maxLayers);
        Gen<Integer> width = Gens.integers(1, maxWidth);
        return layers.flatMap(q -> Gens.lists(Gens.constant(q + 1), width)).map(widths -> {
            List<String> parts = new ArrayList<>();
            widths.forEach(w -> parts.add(String.valueOf(w)));
            return build(spec(base + ":" + String.join(",", parts) + (bias ? "+bias" : "")));
        });
    }

    /**
     * Architectures of the shape of {@code spec}, no larger than it: each of its sizes (widths, heads, …)
     * drawn between its minimum and its value, so that shrinking reaches the smallest architecture of the
     * same shape. Combinations the kind rejects (widths that no longer fit together) are discarded.
     */
    public static Gen<Model> architectures(ModelSpec spec) {
        return sizes(spec).map(values -> {
            try {
                return build(spec.resized(values));
            } catch (SpecException e) {
                throw new DiscardedException("sizes that do not fit " + spec.kind().word());
            }
        });
    }

    /** The free sizes of {@code spec}, each between its minimum and its value, shrinking to the minimum. */
    private static Gen<int[]> sizes(ModelSpec spec) {
        int[] sizes = spec.sizes();
        int[] minimum = spec.minimumSizes();
        return choices -> {
            int[] values = new int[sizes.length];
            for (int i = 0; i < sizes.length; i++) {
                values[i] = minimum[i] + (int) choices.draw(sizes[i] - minimum[i] + 1L);
            }
            return values;
        };
    }

    /**
     * Trials of {@code law} under {@code flow} on the architectures of {@link #architectures(ModelSpec)}, made so
     * that shrinking a size moves no other number: loss, initial state and horizon are drawn for {@code spec}
     * itself and cut down to the architecture drawn (same blocks by name, inputs and targets at the same
     * places). A counterexample thus shrinks to the smallest architecture on which the same numbers still
     * fail — fewer heads, narrower layers, fewer tokens.
     *
     * @throws IllegalArgumentException when the law does not fit {@code spec} itself (the message names the column)
     *                                  or the spec exceeds the default limits
     */
    public static Gen<Trial> cases(ModelSpec spec, Flow flow, String law, double maxHorizon) {
        Model full;
        try {
            full = spec.build(Limits.DEFAULT);
        } catch (LawkeeperException e) {
            throw new IllegalArgumentException(spec.text() + ": " + e.getMessage(), e);
        }
        Law fullLaw;
        try {
            fullLaw = LawParser.parse(law, full, flow);
        } catch (LawSyntaxException e) {
            throw new IllegalArgumentException("law '" + law + "': " + e.getMessage(), e);
        }
        Gen<Trial> drawn = cases(full, flow, fullLaw, maxHorizon);
        return architectures(spec).flatMap(model -> {
            Law parsed = parseLaw(law, model, flow);
            Projection projection = new Projection(full, model);
            return drawn.map(t -> new Trial(model, flow, parsed, projection.loss(t.loss()),
                    projection.parameters(t.theta()), projection.parameters(t.velocity()), t.horizon(), t.controls()));
        });
    }

    /**
     * Flows of one family with a random friction τ = k/4, k = 0..maxQuarters (shrinking towards τ = 0):
     * {@code momentum} or {@code mirror-momentum}.
     */
    public static Gen<Flow> frictions(String family, int maxQuarters) {
        return Gens.integers(0, maxQuarters).map(k -> {
            try {
                return FlowSpec.parse(family + ":tau=" + k + "/4");
            } catch (SpecException e) {
                throw new IllegalArgumentException("not a flow family with friction: " + family, e);
            }
        });
    }

    /** 1..maxPoints data points with d features each (d = the number of components of φ). */
    public static Gen<DataSet> dataSets(int d, int maxPoints) {
        Gen<double[]> row = Gens.arrays(d, Gens.doubles(-1, 1, 0));
        return Gens.lists(Gens.integers(1, maxPoints), row.flatMap(features -> Gens.doubles(-2, 2, 0)
                .map(target -> new Object[] {features, target}))).map(points -> {
                    Statistics.label(points.size() + " data point" + (points.size() == 1 ? "" : "s"));
                    double[][] features = new double[points.size()][];
                    double[] targets = new double[points.size()];
                    for (int k = 0; k < points.size(); k++) {
                        features[k] = (double[]) points.get(k)[0];
                        targets[k] = (Double) points.get(k)[1];
                    }
                    return new DataSet(features, targets);
                });
    }

    /** Square loss on random targets, logistic loss, or a random smooth loss of φ (simplest first). */
    public static Gen<Loss> losses(int d, int maxPoints) {
        Gen<Loss> square = dataSets(d, maxPoints).map(SquareLoss::new);
        Gen<Loss> logistic = dataSets(d, maxPoints).map(LogisticLoss::new);
        Gen<Loss> smooth = Gens.arrays(d, Gens.doubles(-1, 1, 0)).flatMap(a -> Gens.arrays(d, Gens.doubles(0, 1, 0))
                .flatMap(b -> Gens.doubles(0, 0.5, 0).map(c -> (Loss) new SmoothLoss(a, b, c))));
        return Gens.frequency(square, logistic, smooth);
    }

    /**
     * Losses of a network's outputs on 1..maxPoints inputs with entries in [−1, 1]: the square loss to targets
     * in [−2, 2], and, when the output has at least two features, the cross-entropy against random target
     * distributions — on the probabilities when the network ends in {@code softmax}, on the logits otherwise.
     */
    public static Gen<Loss> networkLosses(Network network, int maxPoints) {
        Architecture.Shape in = network.input();
        Architecture.Shape out = network.output();
        Gen<double[][]> input = matrices(in, Gens.doubles(-1, 1, 0));
        Gen<Loss> square = networkData(input, matrices(out, Gens.doubles(-2, 2, 0)), maxPoints)
                .map(NetworkSquareLoss::new);
        if (out.features() < 2) {
            return square;
        }
        List<Layer> layers = network.architecture().layers();
        boolean probabilities = layers.get(layers.size() - 1) instanceof Layer.Softmax;
        Gen<double[][]> distributions = matrices(out, Gens.doubles(0, 1, 1)).map(rows -> {
            Arrays.stream(rows).forEach(TrialGens::normalise);
            return rows;
        });
        Gen<Loss> crossEntropy = networkData(input, distributions, maxPoints)
                .map(data -> new CrossEntropyLoss(data, probabilities));
        return Gens.frequency(square, crossEntropy);
    }

    private static Gen<NetworkData> networkData(Gen<double[][]> input, Gen<double[][]> target, int maxPoints) {
        return Gens.lists(Gens.integers(1, maxPoints), input.flatMap(x -> target.map(y -> new double[][][] {x, y})))
                .map(points -> {
                    Statistics.label(points.size() + " data point" + (points.size() == 1 ? "" : "s"));
                    return new NetworkData(points.stream().map(p -> p[0]).toArray(double[][][]::new),
                            points.stream().map(p -> p[1]).toArray(double[][][]::new));
                });
    }

    private static Gen<double[][]> matrices(Architecture.Shape shape, Gen<Double> entry) {
        Gen<double[]> row = Gens.arrays(shape.features(), entry);
        return Gens.lists(Gens.constant(shape.tokens()), row).map(rows -> rows.toArray(double[][]::new));
    }

    /** Scales non-negative weights in place to a probability distribution (uniform when all are zero). */
    static void normalise(double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] = sum > 0 ? weights[i] / sum : 1.0 / weights.length;
        }
    }

    /**
     * Initial parameters: entries in [−1, 1] times a scale (unit, small, tiny or large), optionally
     * pushed towards rank one within each block (near-degenerate), and positive on mirrored coordinates
     * when {@code positive} (mirror flows live on θ > 0 there).
     */
    public static Gen<double[]> initialStates(Model model, boolean positive) {
        int n = model.parameterCount();
        Gen<double[]> entries = Gens.arrays(n, Gens.doubles(-1, 1, 0));
        return SCALES.flatMap(scale -> Gens.oneOf(false, true).flatMap(degenerate -> entries.map(raw -> {
            Statistics.label("initial scale " + scale);
            Statistics.label(degenerate ? "near rank one" : "generic rank");
            double[] theta = degenerate ? nearRankOne(model, raw) : raw;
            for (int j = 0; j < n; j++) {
                theta[j] *= scale;
                if (positive && model.mirrored(j)) {
                    theta[j] = Math.abs(theta[j]) + 0.1 * scale;
                }
            }
            return theta;
        })));
    }

    /**
     * Whole trials of {@code law} under {@code flow} on models from {@code models}: the law is parsed
     * for each model (a model it does not fit is discarded), then loss, initial state, velocity and a
     * horizon in [0.1, maxHorizon] are drawn.
     */
    public static Gen<Trial> cases(Gen<Model> models, Flow flow, String law, double maxHorizon) {
        return models.flatMap(model -> {
            Law parsed = parseLaw(law, model, flow);
            return cases(model, flow, parsed, maxHorizon);
        });
    }

    /** Trials of {@code law} on models from {@code models} under flows from {@code flows} (e.g. {@link #frictions}). */
    public static Gen<Trial> cases(Gen<Model> models, Gen<Flow> flows, String law, double maxHorizon) {
        return flows.flatMap(flow -> cases(models, flow, law, maxHorizon));
    }

    /**
     * Trials of an already bound law on one model: losses of φ when the model has a factorisation, of the
     * network's outputs otherwise.
     */
    public static Gen<Trial> cases(Model model, Flow flow, Law law, double maxHorizon) {
        Gen<Loss> losses = model.hasFactorisation() || model.network().isEmpty()
                ? losses(model.factorisation().size(), 4) : networkLosses(model.network().get(), 4);
        // positive blocks hold positive parameters under every flow; mirror flows need θ > 0 where they act
        boolean positive = model.hasPositiveBlocks() || flow.geometry() == Flow.Geometry.MIRROR;
        Gen<double[]> velocities = flow.hasMomentum()
                ? Gens.arrays(model.parameterCount(), Gens.doubles(-1, 1, 0))
                : Gens.constant(new double[model.parameterCount()]);
        return losses.flatMap(loss -> initialStates(model, positive).flatMap(theta -> velocities
                .flatMap(velocity -> Gens.doubles(0.1, maxHorizon, 0.1)
                        .map(horizon -> new Trial(model, flow, law, loss, theta, velocity, horizon)))));
    }

    /**
     * The trials of {@code cases} with the negative controls {@code controls} (law-language expressions, or
     * {@code loss}) besides their own; a trial whose model a control does not fit is discarded.
     */
    public static Gen<Trial> withControls(Gen<Trial> cases, List<String> controls) {
        if (controls.isEmpty()) {
            return cases;
        }
        return cases.map(trial -> {
            List<Control> parsed = new ArrayList<>();
            for (String text : controls) {
                try {
                    parsed.add(Control.parse(text, trial.model(), trial.flow()));
                } catch (LawSyntaxException e) {
                    throw new DiscardedException("control does not fit " + trial.model().name());
                }
            }
            return trial.withControls(parsed);
        });
    }

    private static Law parseLaw(String law, Model model, Flow flow) {
        try {
            return LawParser.parse(law, model, flow);
        } catch (LawSyntaxException e) {
            throw new DiscardedException("law does not fit " + model.name());
        }
    }

    private static ModelSpec spec(String text) {
        try {
            return ModelSpec.parse(text);
        } catch (SpecException e) {
            throw new IllegalArgumentException("generated an invalid model spec: " + e.getMessage(), e);
        }
    }

    private static Model build(ModelSpec spec) {
        try {
            return spec.build(Limits.DEFAULT);
        } catch (LawkeeperException e) {
            throw new DiscardedException(spec.text() + " is too large: " + e.getMessage());
        }
    }

    /** Each block's entries replaced by a rank-one matrix (outer product of its first row and column) plus 1 % noise. */
    private static double[] nearRankOne(Model model, double[] raw) {
        double[] theta = raw.clone();
        for (var block : model.blocks()) {
            for (int i = 0; i < block.rows(); i++) {
                for (int k = 0; k < block.columns(); k++) {
                    double rankOne = raw[block.coordinate(i, 0)] * raw[block.coordinate(0, k)];
                    theta[block.coordinate(i, k)] = rankOne + 0.01 * raw[block.coordinate(i, k)];
                }
            }
        }
        return theta;
    }
}
