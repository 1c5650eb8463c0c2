package org.lawkeeper.core.model.net;

/** A layer with its parameters: maps the handles of T tokens × N features to the next layer's. */
sealed interface Stage permits DenseStage, ActivationStage, GatedStage, AttentionStage, ResidualStage, NormStage,
        ExpertsStage, ConvStage, SoftmaxStage {

    int[][] apply(ScalarOps ops, int[][] x);

    /** Applies {@code stages} in order. */
    static int[][] chain(Iterable<Stage> stages, ScalarOps ops, int[][] x) {
        int[][] y = x;
        for (Stage stage : stages) {
            y = stage.apply(ops, y);
        }
        return y;
    }

    /** Σ of handles (at least one). */
    static int sum(ScalarOps ops, int[] values) {
        int sum = values[0];
        for (int i = 1; i < values.length; i++) {
            sum = ops.add(sum, values[i]);
        }
        return sum;
    }
}
