package org.lawkeeper.harness.dynamics;

import java.util.Arrays;

/**
 * Data seen through the factorisation: point k contributes the prediction ⟨a_k, φ(θ)⟩ with target y_k.
 * For a linear net, a_k lifts one (input, output coordinate) pair; for a ReLU net with a fixed
 * activation pattern it selects the active paths. Every loss of practice depends on θ through such
 * predictions, which is why a law of φ's fields holds for all of them.
 *
 * @param features n rows a_k of length d
 * @param targets  n targets y_k
 */
public record DataSet(double[][] features, double[] targets) {

    public DataSet {
        if (features.length != targets.length) {
            throw new IllegalArgumentException(features.length + " feature rows but " + targets.length + " targets");
        }
        features = Arrays.stream(features).map(double[]::clone).toArray(double[][]::new);
        targets = targets.clone();
    }

    /** n, the number of data points. */
    public int size() {
        return targets.length;
    }

    /** The points at {@code indices}, in that order. */
    DataSet subset(int[] indices) {
        return new DataSet(Arrays.stream(indices).mapToObj(k -> features[k]).toArray(double[][]::new),
                Arrays.stream(indices).mapToDouble(k -> targets[k]).toArray());
    }

    /** ⟨a_k, φ⟩. */
    public double prediction(int k, double[] phi) {
        double sum = 0;
        double[] row = features[k];
        for (int i = 0; i < row.length; i++) {
            sum += row[i] * phi[i];
        }
        return sum;
    }

    /** out += factor · a_k. */
    void addFeature(int k, double factor, double[] out) {
        double[] row = features[k];
        for (int i = 0; i < row.length; i++) {
            out[i] += factor * row[i];
        }
    }

    /** Every point as {@code a_k = […], y_k = …}. */
    String details() {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < size(); k++) {
            text.append(k == 0 ? "" : "; ").append("a_").append(k + 1).append(" = ").append(Loss.format(features[k]))
                    .append(", y_").append(k + 1).append(" = ").append(Loss.format(targets[k]));
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return size() + " data point" + (size() == 1 ? "" : "s");
    }
}
