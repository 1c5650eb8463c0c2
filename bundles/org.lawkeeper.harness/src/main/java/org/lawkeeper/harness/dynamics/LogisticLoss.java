package org.lawkeeper.harness.dynamics;

import java.util.Arrays;

/** Σ_k log(1 + exp(−y_k⟨a_k, φ⟩)) with labels y_k = ±1 (the sign of the targets): classification. */
public record LogisticLoss(DataSet data) implements Loss {

    @Override
    public double value(double[] phi) {
        double sum = 0;
        for (int k = 0; k < data.size(); k++) {
            double margin = label(k) * data.prediction(k, phi);
            // log(1 + e^{−m}) without overflow for large negative margins
            sum += margin > 0 ? Math.log1p(Math.exp(-margin)) : -margin + Math.log1p(Math.exp(margin));
        }
        return sum;
    }

    @Override
    public void gradient(double[] phi, double[] out) {
        Arrays.fill(out, 0);
        for (int k = 0; k < data.size(); k++) {
            double y = label(k);
            double margin = y * data.prediction(k, phi);
            data.addFeature(k, -y / (1 + Math.exp(margin)), out);
        }
    }

    private double label(int k) {
        return data.targets()[k] >= 0 ? 1 : -1;
    }

    @Override
    public int points() {
        return data.size();
    }

    @Override
    public Loss minibatch(int[] points) {
        return new LogisticLoss(data.subset(points));
    }

    @Override
    public String details() {
        return "logistic loss: " + data.details();
    }

    @Override
    public String describe() {
        return "logistic loss on " + data;
    }
}
