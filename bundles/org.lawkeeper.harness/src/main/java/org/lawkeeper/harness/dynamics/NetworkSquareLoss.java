package org.lawkeeper.harness.dynamics;

/** ½ Σ_k ‖f(x_k; θ) − y_k‖²: regression of every output entry on random targets. */
public record NetworkSquareLoss(NetworkData data) implements NetworkLoss {

    @Override
    public double value(double[] outputs) {
        double[] sum = {0};
        data.forEachTargetRow((target, at) -> {
            for (int i = 0; i < target.length; i++) {
                double residual = outputs[at + i] - target[i];
                sum[0] += residual * residual;
            }
        });
        return sum[0] / 2;
    }

    @Override
    public void gradient(double[] outputs, double[] out) {
        data.forEachTargetRow((target, at) -> {
            for (int i = 0; i < target.length; i++) {
                out[at + i] = outputs[at + i] - target[i];
            }
        });
    }

    @Override
    public int points() {
        return data.size();
    }

    @Override
    public Loss minibatch(int[] points) {
        return new NetworkSquareLoss(data.subset(points));
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
