package org.lawkeeper.harness.dynamics;

/**
 * Cross-entropy Σ_k Σ_t H(y_{k,t}, softmax row t of the output) against target distributions y. On a network
 * that ends in {@code softmax} the outputs are the probabilities p and the loss is −Σ y log p; on any other
 * network they are logits z and the loss takes the softmax itself, in the overflow-free form
 * log Σ_i e^{z_i} − Σ_i y_i z_i.
 *
 * @param probabilities whether the outputs are probabilities (the network's last layer is a softmax)
 */
public record CrossEntropyLoss(NetworkData data, boolean probabilities) implements NetworkLoss {

    @Override
    public double value(double[] outputs) {
        double[] sum = {0};
        data.forEachTargetRow((target, at) -> {
            if (probabilities) {
                for (int i = 0; i < target.length; i++) {
                    sum[0] -= target[i] == 0 ? 0 : target[i] * Math.log(outputs[at + i]);
                }
            } else {
                double largest = largest(outputs, at, target.length);
                double partition = 0;
                for (int i = 0; i < target.length; i++) {
                    partition += Math.exp(outputs[at + i] - largest);
                    sum[0] -= target[i] * outputs[at + i];
                }
                sum[0] += largest + Math.log(partition);
            }
        });
        return sum[0];
    }

    @Override
    public void gradient(double[] outputs, double[] out) {
        data.forEachTargetRow((target, at) -> {
            if (probabilities) {
                for (int i = 0; i < target.length; i++) {
                    out[at + i] = target[i] == 0 ? 0 : -target[i] / outputs[at + i];
                }
                return;
            }
            double largest = largest(outputs, at, target.length);
            double partition = 0;
            for (int i = 0; i < target.length; i++) {
                out[at + i] = Math.exp(outputs[at + i] - largest);
                partition += out[at + i];
            }
            for (int i = 0; i < target.length; i++) {
                out[at + i] = out[at + i] / partition - target[i];
            }
        });
    }

    private static double largest(double[] values, int from, int count) {
        double largest = Double.NEGATIVE_INFINITY;
        for (int i = from; i < from + count; i++) {
            largest = Math.max(largest, values[i]);
        }
        return largest;
    }

    @Override
    public int points() {
        return data.size();
    }

    @Override
    public Loss minibatch(int[] points) {
        return new CrossEntropyLoss(data.subset(points), probabilities);
    }

    @Override
    public String details() {
        return kind() + ": " + data.details();
    }

    @Override
    public String describe() {
        return kind() + " on " + data;
    }

    private String kind() {
        return probabilities ? "cross-entropy on probabilities" : "cross-entropy on logits";
    }
}
