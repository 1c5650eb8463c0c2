package org.lawkeeper.core.model.net;

/** y = Wx (+ b) per token. */
record DenseStage(Block weights, Block bias) implements Stage {

    @Override
    public int[][] apply(ScalarOps ops, int[][] x) {
        int[][] y = new int[x.length][];
        for (int t = 0; t < x.length; t++) {
            y[t] = weights.times(ops, x[t]);
            if (bias != null) {
                for (int i = 0; i < y[t].length; i++) {
                    y[t][i] = ops.add(y[t][i], bias.entry(ops, i, 0));
                }
            }
        }
        return y;
    }
}
