package org.lawkeeper.core.model.net;

import java.util.List;

/**
 * Multi-head self-attention: Σ_h softmax((XQ_h)(XK_h)ᵀ/√dk) X V_h O_h, the softmax by rows; without softmax
 * and scale when {@code linear}. With {@code rope} each row of XQ_h and XK_h is turned by its position:
 * columns (2j, 2j+1) by the angle position·ω_j.
 */
record AttentionStage(List<Head> heads, boolean linear, boolean rope) implements Stage {

    /** The blocks of one head. */
    record Head(Block query, Block key, Block value, Block output) {
    }

    @Override
    public int[][] apply(ScalarOps ops, int[][] x) {
        int tokens = x.length;
        int[][] y = new int[tokens][];
        for (Head head : heads) {
            int[][] q = new int[tokens][];
            int[][] k = new int[tokens][];
            int[][] v = new int[tokens][];
            for (int t = 0; t < tokens; t++) {
                q[t] = rotate(ops, head.query.leftTimes(ops, x[t]), t);
                k[t] = rotate(ops, head.key.leftTimes(ops, x[t]), t);
                v[t] = head.value.leftTimes(ops, x[t]);
            }
            int scale = linear ? -1 : ops.squareRootOf(head.query.columns());
            for (int t = 0; t < tokens; t++) {
                int[] scores = new int[tokens];
                for (int u = 0; u < tokens; u++) {
                    scores[u] = dot(ops, q[t], k[u]);
                    if (!linear) {
                        scores[u] = ops.divide(scores[u], scale);
                    }
                }
                int[] weights = linear ? scores : ops.softmax(scores);
                int[] mixed = new int[v[0].length];
                for (int j = 0; j < mixed.length; j++) {
                    int[] terms = new int[tokens];
                    for (int u = 0; u < tokens; u++) {
                        terms[u] = ops.multiply(weights[u], v[u][j]);
                    }
                    mixed[j] = Stage.sum(ops, terms);
                }
                int[] out = head.output.leftTimes(ops, mixed);
                y[t] = y[t] == null ? out : add(ops, y[t], out);
            }
        }
        return y;
    }

    /** The row turned by the rotary angles of {@code position} (position 0 stays). */
    private int[] rotate(ScalarOps ops, int[] row, int position) {
        if (!rope || position == 0) {
            return row;
        }
        int[] turned = new int[row.length];
        for (int j = 0; 2 * j + 1 < row.length; j++) {
            int cos = ops.rotation(j, row.length / 2, position, false);
            int sin = ops.rotation(j, row.length / 2, position, true);
            int a = row[2 * j];
            int b = row[2 * j + 1];
            turned[2 * j] = ops.subtract(ops.multiply(cos, a), ops.multiply(sin, b));
            turned[2 * j + 1] = ops.add(ops.multiply(sin, a), ops.multiply(cos, b));
        }
        return turned;
    }

    private static int dot(ScalarOps ops, int[] a, int[] b) {
        int[] terms = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            terms[i] = ops.multiply(a[i], b[i]);
        }
        return Stage.sum(ops, terms);
    }

    private static int[] add(ScalarOps ops, int[] a, int[] b) {
        int[] sum = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            sum[i] = ops.add(a[i], b[i]);
        }
        return sum;
    }
}
