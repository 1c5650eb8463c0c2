package org.lawkeeper.core.model.net;

import org.hipparchus.fraction.BigFraction;

/** Per token: (x − mean)/√variance (layer norm) or x/√mean(x²) (RMS norm), without affine parameters. */
record NormStage(boolean rms) implements Stage {

    @Override
    public int[][] apply(ScalarOps ops, int[][] x) {
        int[][] y = new int[x.length][];
        for (int t = 0; t < x.length; t++) {
            int n = x[t].length;
            int count = ops.constant(new BigFraction(n));
            int[] centred = x[t].clone();
            if (!rms) {
                int mean = ops.divide(Stage.sum(ops, x[t]), count);
                for (int i = 0; i < n; i++) {
                    centred[i] = ops.subtract(x[t][i], mean);
                }
            }
            int[] squares = new int[n];
            for (int i = 0; i < n; i++) {
                squares[i] = ops.multiply(centred[i], centred[i]);
            }
            int scale = ops.sqrt(ops.divide(Stage.sum(ops, squares), count));
            y[t] = new int[n];
            for (int i = 0; i < n; i++) {
                y[t][i] = ops.divide(centred[i], scale);
            }
        }
        return y;
    }
}
