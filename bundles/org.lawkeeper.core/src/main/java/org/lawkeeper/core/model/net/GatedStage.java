package org.lawkeeper.core.model.net;

import org.lawkeeper.core.model.net.Layer.Activation.Kind;

/** (Bx) ⊙ (Cx) per token, or SiLU(Bx) ⊙ (Cx) with {@code swish}. */
record GatedStage(boolean swish, Block gate, Block value) implements Stage {

    @Override
    public int[][] apply(ScalarOps ops, int[][] x) {
        int[][] y = new int[x.length][];
        for (int t = 0; t < x.length; t++) {
            int[] u = gate.times(ops, x[t]);
            int[] v = value.times(ops, x[t]);
            y[t] = new int[u.length];
            for (int i = 0; i < u.length; i++) {
                int g = swish ? ActivationStage.activate(ops, Kind.SILU, 1, u[i]) : u[i];
                y[t][i] = ops.multiply(g, v[i]);
            }
        }
        return y;
    }
}
