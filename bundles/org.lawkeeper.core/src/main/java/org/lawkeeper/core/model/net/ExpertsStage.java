package org.lawkeeper.core.model.net;

import java.util.List;

/**
 * Σ_e g_e(x) F_e(x) per token, with gate weights g = softmax(Gx) or, for the normalised sigmoid gate,
 * σ(Gx)/Σσ(Gx).
 */
record ExpertsStage(Block gate, boolean normalisedSigmoid, List<List<Stage>> experts) implements Stage {

    @Override
    public int[][] apply(ScalarOps ops, int[][] x) {
        int[][][] outputs = new int[experts.size()][][];
        for (int e = 0; e < experts.size(); e++) {
            outputs[e] = Stage.chain(experts.get(e), ops, x);
        }
        int[][] y = new int[x.length][];
        for (int t = 0; t < x.length; t++) {
            int[] weights = weights(ops, gate.times(ops, x[t]));
            y[t] = new int[outputs[0][t].length];
            for (int i = 0; i < y[t].length; i++) {
                int[] terms = new int[experts.size()];
                for (int e = 0; e < experts.size(); e++) {
                    terms[e] = ops.multiply(weights[e], outputs[e][t][i]);
                }
                y[t][i] = Stage.sum(ops, terms);
            }
        }
        return y;
    }

    private int[] weights(ScalarOps ops, int[] logits) {
        if (!normalisedSigmoid) {
            return ops.softmax(logits);
        }
        int[] sigmoids = new int[logits.length];
        for (int e = 0; e < logits.length; e++) {
            sigmoids[e] = ops.sigmoid(logits[e]);
        }
        int total = Stage.sum(ops, sigmoids);
        int[] weights = new int[logits.length];
        for (int e = 0; e < logits.length; e++) {
            weights[e] = ops.divide(sigmoids[e], total);
        }
        return weights;
    }
}
