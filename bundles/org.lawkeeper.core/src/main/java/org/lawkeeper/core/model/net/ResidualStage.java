package org.lawkeeper.core.model.net;

import java.util.List;

/** x + F(x). */
record ResidualStage(List<Stage> body) implements Stage {

    @Override
    public int[][] apply(ScalarOps ops, int[][] x) {
        int[][] f = Stage.chain(body, ops, x);
        int[][] y = new int[x.length][];
        for (int t = 0; t < x.length; t++) {
            y[t] = new int[x[t].length];
            for (int i = 0; i < x[t].length; i++) {
                y[t][i] = ops.add(x[t][i], f[t][i]);
            }
        }
        return y;
    }
}
