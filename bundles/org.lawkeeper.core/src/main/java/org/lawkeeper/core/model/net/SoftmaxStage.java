package org.lawkeeper.core.model.net;

/** The features of each token to probabilities. */
record SoftmaxStage() implements Stage {

    @Override
    public int[][] apply(ScalarOps ops, int[][] x) {
        int[][] y = new int[x.length][];
        for (int t = 0; t < x.length; t++) {
            y[t] = ops.softmax(x[t]);
        }
        return y;
    }
}
