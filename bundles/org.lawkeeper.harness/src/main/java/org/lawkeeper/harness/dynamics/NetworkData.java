package org.lawkeeper.harness.dynamics;

import java.util.Arrays;

/**
 * Data for a network: K inputs x_k (T × N) and targets y_k (T' × N', the shape of the network's output).
 * For the cross-entropy loss each target row is a probability distribution over the N' classes.
 *
 * @param inputs  K × T × N
 * @param targets K × T' × N'
 */
public record NetworkData(double[][][] inputs, double[][][] targets) {

    public NetworkData {
        if (inputs.length != targets.length) {
            throw new IllegalArgumentException(inputs.length + " inputs but " + targets.length + " targets");
        }
        if (inputs.length == 0) {
            throw new IllegalArgumentException("data for a network needs at least one point");
        }
        inputs = deepCopy(inputs);
        targets = deepCopy(targets);
    }

    /** K, the number of data points. */
    public int size() {
        return inputs.length;
    }

    /**
     * Calls {@code action} for every target row (a token of a point's target) with the offset of that row in
     * the predictions of {@link NetworkOutputs_F64}: point by point, token by token.
     */
    void forEachTargetRow(RowAction action) {
        int at = 0;
        for (double[][] point : targets) {
            for (double[] row : point) {
                action.accept(row, at);
                at += row.length;
            }
        }
    }

    /** What {@link #forEachTargetRow} does with a row. */
    @FunctionalInterface
    interface RowAction {
        void accept(double[] target, int offset);
    }

    /** The points at {@code indices}, in that order. */
    NetworkData subset(int[] indices) {
        return new NetworkData(Arrays.stream(indices).mapToObj(k -> inputs[k]).toArray(double[][][]::new),
                Arrays.stream(indices).mapToObj(k -> targets[k]).toArray(double[][][]::new));
    }

    /** Every point as {@code x_1 = [[…]], y_1 = [[…]]}. */
    String details() {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < size(); k++) {
            text.append(k == 0 ? "" : "; ").append("x_").append(k + 1).append(" = ").append(format(inputs[k]))
                    .append(", y_").append(k + 1).append(" = ").append(format(targets[k]));
        }
        return text.toString();
    }

    private static String format(double[][] matrix) {
        StringBuilder text = new StringBuilder("[");
        for (int t = 0; t < matrix.length; t++) {
            text.append(t == 0 ? "" : ", ").append(Loss.format(matrix[t]));
        }
        return text.append(']').toString();
    }

    private static double[][][] deepCopy(double[][][] values) {
        return Arrays.stream(values).map(m -> Arrays.stream(m).map(double[]::clone).toArray(double[][]::new))
                .toArray(double[][][]::new);
    }

    @Override
    public String toString() {
        return size() + " data point" + (size() == 1 ? "" : "s");
    }
}
