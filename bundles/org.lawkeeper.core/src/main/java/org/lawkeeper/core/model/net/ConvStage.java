package org.lawkeeper.core.model.net;

/**
 * y[c, l] = Σ_{c',τ} F[c, c'·K + τ] x[c', l + τ]: rows are channels, columns positions. The filters sit in
 * one C × (C'·K) block whose columns c'·K .. c'·K + K − 1 are the taps of input channel c', contiguous.
 */
record ConvStage(Block filters, int kernel) implements Stage {

    @Override
    public int[][] apply(ScalarOps ops, int[][] x) {
        int channels = x.length;
        int windows = x[0].length - kernel + 1;
        int[][] y = new int[filters.rows()][windows];
        for (int c = 0; c < filters.rows(); c++) {
            for (int l = 0; l < windows; l++) {
                int[] terms = new int[channels * kernel];
                for (int in = 0; in < channels; in++) {
                    for (int tap = 0; tap < kernel; tap++) {
                        terms[in * kernel + tap] = ops.multiply(filters.entry(ops, c, in * kernel + tap), x[in][l + tap]);
                    }
                }
                y[c][l] = Stage.sum(ops, terms);
            }
        }
        return y;
    }
}
