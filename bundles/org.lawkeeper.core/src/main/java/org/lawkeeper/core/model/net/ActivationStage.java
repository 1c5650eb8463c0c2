package org.lawkeeper.core.model.net;

import org.hipparchus.fraction.BigFraction;
import org.lawkeeper.core.model.net.Layer.Activation.Kind;

/** An activation entry by entry: relu, z^p, gelu = zΦ(z), silu = zσ(z), tanh = 2σ(2z) − 1, sigmoid. */
record ActivationStage(Kind kind, int power) implements Stage {

    @Override
    public int[][] apply(ScalarOps ops, int[][] x) {
        int[][] y = new int[x.length][];
        for (int t = 0; t < x.length; t++) {
            y[t] = new int[x[t].length];
            for (int i = 0; i < x[t].length; i++) {
                y[t][i] = activate(ops, kind, power, x[t][i]);
            }
        }
        return y;
    }

    static int activate(ScalarOps ops, Kind kind, int power, int z) {
        return switch (kind) {
            case RELU -> ops.relu(z);
            case POW -> {
                int product = z;
                for (int k = 1; k < power; k++) {
                    product = ops.multiply(product, z);
                }
                yield product;
            }
            case GELU -> ops.multiply(z, ops.normalCdf(z));
            case SILU -> ops.multiply(z, ops.sigmoid(z));
            case TANH -> {
                int two = ops.constant(BigFraction.TWO);
                yield ops.subtract(ops.multiply(two, ops.sigmoid(ops.multiply(two, z))), ops.constant(BigFraction.ONE));
            }
            case SIGMOID -> ops.sigmoid(z);
        };
    }
}
