package org.lawkeeper.harness.dynamics;

import java.util.Arrays;

/** ½ Σ_k (⟨a_k, φ⟩ − y_k)²: regression on random targets. */
public record SquareLoss(DataSet data) implements Loss {

    @Override
    public double value(double[] phi) {
        double sum = 0;
        for (int k = 0; k < data.size(); k++) {
            double residual = data.prediction(k, phi) - data.targets()[k];
            sum += residual * residual;
        }
        return sum / 2;
    }

    @Override
    public void gradient(double[] phi, double[] out) {
        Arrays.fill(out, 0);
        for (int k = 0; k < data.size(); k++) {
            data.addFeature(k, data.prediction(k, phi) - data.targets()[k], out);
        }
    }

    @Override
    public int points() {
        return data.size();
    }

    @Override
    public Loss minibatch(int[] points) {
        return new SquareLoss(data.subset(points));
    }

    @Override
    public String details() {
        return "square loss: " + data.details();
    }

    @Override
    public String describe() {
        return "square loss on " + data;
    }
}
