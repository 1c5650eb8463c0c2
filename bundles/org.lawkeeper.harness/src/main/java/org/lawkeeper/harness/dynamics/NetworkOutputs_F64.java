package org.lawkeeper.harness.dynamics;

import java.util.Arrays;
import org.lawkeeper.core.model.net.Network;
import org.lawkeeper.harness.autodiff.NetworkTape;

/**
 * A network's outputs on a fixed set of inputs, as the predictions a loss sees: p = (f(x_1; θ), …, f(x_K; θ)),
 * point by point, token by token, feature by feature. Gradients come from reverse-mode differentiation of
 * the forward pass ({@link NetworkTape}), one tape per input, so that the pull-back right after the values
 * at the same θ (what every loss gradient does) costs no second forward pass. Not thread-safe.
 */
public final class NetworkOutputs_F64 implements Predictor {
    private final Network network;
    private final double[][][] inputs;
    private final NetworkTape[] tapes;
    private final int outputTokens;
    private final int outputFeatures;
    /** The θ the tapes were last run at, or null. */
    private double[] recorded;

    /**
     * The outputs of {@code network} on {@code inputs}.
     *
     * @param inputs K inputs of T × N values each
     */
    public NetworkOutputs_F64(Network network, double[][][] inputs) {
        this.network = network;
        this.inputs = inputs;
        this.tapes = new NetworkTape[inputs.length];
        for (int k = 0; k < inputs.length; k++) {
            tapes[k] = new NetworkTape(network);
        }
        this.outputTokens = network.output().tokens();
        this.outputFeatures = network.output().features();
    }

    @Override
    public int parameterCount() {
        return network.parameterCount();
    }

    /** K · T' · N'. */
    @Override
    public int componentCount() {
        return inputs.length * outputTokens * outputFeatures;
    }

    @Override
    public void values(double[] theta, double[] out) {
        int at = 0;
        for (int k = 0; k < inputs.length; k++) {
            for (double[] token : tapes[k].forward(theta, inputs[k])) {
                System.arraycopy(token, 0, out, at, token.length);
                at += token.length;
            }
        }
        recorded = theta.clone();
    }

    @Override
    public void pullBack(double[] theta, double[] weights, double[] out) {
        pullBack(theta, weights, out, false);
    }

    @Override
    public void pullBackMagnitude(double[] theta, double[] weights, double[] out) {
        pullBack(theta, weights, out, true);
    }

    /**
     * The forward chain, then the backward sweep along it, then the sum over the K inputs, for the passes last
     * run (a pull-back or the values).
     */
    @Override
    public int roundingDepth() {
        int depth = 0;
        for (NetworkTape tape : tapes) {
            depth = Math.max(depth, tape.depth());
        }
        return 2 * depth + inputs.length;
    }

    @Override
    public void jacobian(double[] theta, double[] out) {
        int m = componentCount();
        int d = parameterCount();
        double[] unit = new double[m];
        double[] row = new double[d];
        for (int i = 0; i < m; i++) {
            unit[i] = 1;
            pullBack(theta, unit, row);
            System.arraycopy(row, 0, out, i * d, d);
            unit[i] = 0;
        }
    }

    private void pullBack(double[] theta, double[] weights, double[] out, boolean magnitude) {
        if (!Arrays.equals(theta, recorded)) {
            values(theta, new double[componentCount()]);
        }
        Arrays.fill(out, 0, parameterCount(), 0);
        double[][] slice = new double[outputTokens][outputFeatures];
        int at = 0;
        for (NetworkTape tape : tapes) {
            for (double[] token : slice) {
                System.arraycopy(weights, at, token, 0, outputFeatures);
                at += outputFeatures;
            }
            if (magnitude) {
                tape.pullBackMagnitude(slice, out);
            } else {
                tape.pullBack(slice, out);
            }
        }
    }
}
