package org.lawkeeper.harness.trials;

import java.util.Arrays;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ParameterBlock;
import org.lawkeeper.core.model.net.Architecture.Shape;
import org.lawkeeper.core.model.net.Network;
import org.lawkeeper.harness.dynamics.CrossEntropyLoss;
import org.lawkeeper.harness.dynamics.DataSet;
import org.lawkeeper.harness.dynamics.LogisticLoss;
import org.lawkeeper.harness.dynamics.Loss;
import org.lawkeeper.harness.dynamics.NetworkData;
import org.lawkeeper.harness.dynamics.NetworkSquareLoss;
import org.lawkeeper.harness.dynamics.SmoothLoss;
import org.lawkeeper.harness.dynamics.SquareLoss;

/**
 * Cuts a trial drawn for a model down to a smaller architecture of the same shape: each parameter block keeps
 * the entries of the block of the same name, each input and target the entries at the same places, each
 * loss of φ its first coefficients. Indices wrap around where the smaller architecture is wider in some
 * direction (a convolution with a shorter kernel has more windows). Since the random choices behind the
 * large trial do not depend on the architecture drawn, shrinking a size leaves every other number in place.
 */
final class Projection {
    private final Model from;
    private final Model to;

    Projection(Model from, Model to) {
        this.from = from;
        this.to = to;
    }

    /** θ (or θ') of {@code from} as a vector of {@code to}'s parameters. */
    double[] parameters(double[] values) {
        double[] out = new double[to.parameterCount()];
        for (ParameterBlock block : to.blocks()) {
            ParameterBlock source = from.block(block.name()).orElseThrow(() -> new IllegalArgumentException(
                    to.name() + " has a block " + block.name() + " that " + from.name() + " lacks"));
            for (int r = 0; r < block.rows(); r++) {
                for (int c = 0; c < block.columns(); c++) {
                    out[block.coordinate(r, c)] = values[source.coordinate(r % source.rows(), c % source.columns())];
                }
            }
        }
        return out;
    }

    /** The loss on {@code to}'s predictions. */
    Loss loss(Loss loss) {
        int d = to.factorisation().size();
        return switch (loss) {
            case SquareLoss s -> new SquareLoss(features(s.data(), d));
            case LogisticLoss l -> new LogisticLoss(features(l.data(), d));
            case SmoothLoss s -> new SmoothLoss(cut(s.linear(), d), cut(s.quadratic(), d), s.quartic());
            case NetworkSquareLoss n -> new NetworkSquareLoss(data(n.data(), false));
            case CrossEntropyLoss c -> new CrossEntropyLoss(data(c.data(), true), c.probabilities());
        };
    }

    private static DataSet features(DataSet data, int d) {
        return new DataSet(Arrays.stream(data.features()).map(a -> cut(a, d)).toArray(double[][]::new), data.targets());
    }

    private NetworkData data(NetworkData data, boolean distributions) {
        Network network = to.network().orElseThrow();
        double[][][] inputs = Arrays.stream(data.inputs()).map(x -> cut(x, network.input())).toArray(double[][][]::new);
        double[][][] targets = Arrays.stream(data.targets()).map(y -> cut(y, network.output()))
                .toArray(double[][][]::new);
        if (distributions) {
            Arrays.stream(targets).flatMap(Arrays::stream).forEach(TrialGens::normalise);
        }
        return new NetworkData(inputs, targets);
    }

    private static double[][] cut(double[][] matrix, Shape shape) {
        double[][] out = new double[shape.tokens()][];
        for (int t = 0; t < out.length; t++) {
            out[t] = cut(matrix[t % matrix.length], shape.features());
        }
        return out;
    }

    private static double[] cut(double[] values, int length) {
        double[] out = new double[length];
        for (int i = 0; i < length; i++) {
            out[i] = values[i % values.length];
        }
        return out;
    }
}
