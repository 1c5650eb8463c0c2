package org.lawkeeper.core.model.net;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One layer of a network spec ({@code net:…}), as written: sizes and options, no parameters yet. Every
 * layer maps a matrix of T tokens × N features to another; docs/MODELS.md documents the grammar and
 * the names of the parameter blocks, {@link Network} gives the layers their parameters.
 */
public sealed interface Layer {

    /** Column of the layer's name in the spec text (1-based), for messages; 0 when built in code. */
    int column();

    /** The layer as the spec language writes it. */
    String text();

    /** {@code dense(n[,bias])}: x ↦ W x (+ b) per token, W ∈ R^{n×N}. */
    record Dense(int width, boolean bias, int column) implements Layer {
        @Override
        public String text() {
            return "dense(" + width + (bias ? ",bias" : "") + ")";
        }
    }

    /** An activation applied entry by entry. */
    record Activation(Kind kind, int power, int column) implements Layer {
        /** The activations; {@link #POW} is z^p with {@code power} = p ≥ 2. */
        public enum Kind {
            RELU, POW, GELU, SILU, TANH, SIGMOID;

            /** The word of the spec language. */
            public String word() {
                return name().toLowerCase(Locale.ROOT);
            }
        }

        @Override
        public String text() {
            return kind == Kind.POW ? "pow(" + power + ")" : kind.word();
        }
    }

    /** {@code glu(h)}: x ↦ (Bx) ⊙ (Cx); {@code swiglu(h)}: x ↦ SiLU(Bx) ⊙ (Cx); B, C ∈ R^{h×N}. */
    record Gated(boolean swish, int width, int column) implements Layer {
        @Override
        public String text() {
            return (swish ? "swiglu(" : "glu(") + width + ")";
        }
    }

    /**
     * Multi-head self-attention over the tokens: per head h, scores (XQ_h)(XK_h)ᵀ/√dk, softmax by rows
     * (none, and no scale, when {@code linear}), times X V_h O_h; the heads are summed. Q_h, K_h ∈ R^{N×dk},
     * V_h ∈ R^{N×dv}, O_h ∈ R^{dv×N}; with {@code rope} the rows of XQ_h and XK_h are rotated by position,
     * pairs of columns (2j−1, 2j) by the j-th frequency, so dk is even.
     */
    record Attention(int heads, int keyWidth, int valueWidth, boolean linear, boolean rope, int column)
            implements Layer {
        @Override
        public String text() {
            return "attention(heads=" + heads + ",dk=" + keyWidth + (valueWidth == keyWidth ? "" : ",dv=" + valueWidth)
                    + (linear ? ",linear" : "") + (rope ? ",rope" : "") + ")";
        }
    }

    /** {@code residual(…)}: x ↦ x + F(x) for the inner layers F, which keep the shape. */
    record Residual(List<Layer> body, int column) implements Layer {
        public Residual {
            body = List.copyOf(body);
        }

        @Override
        public String text() {
            return "residual(" + chain(body) + ")";
        }
    }

    /** {@code layernorm}: (x − mean)/√variance per token; {@code rmsnorm}: x/√mean(x²). No parameters. */
    record Norm(boolean rms, int column) implements Layer {
        @Override
        public String text() {
            return rms ? "rmsnorm" : "layernorm";
        }
    }

    /**
     * {@code moe(experts=E,gate=softmax|nsigmoid,…)}: Σ_e g_e(x) F_e(x) per token with gate weights
     * g = softmax(Gx) or σ(Gx)/Σσ(Gx), G ∈ R^{E×N}; every expert F_e has the inner layers, with its own
     * parameters.
     */
    record Experts(int count, boolean normalisedSigmoid, List<Layer> expert, int column) implements Layer {
        public Experts {
            expert = List.copyOf(expert);
        }

        @Override
        public String text() {
            return "moe(experts=" + count + ",gate=" + (normalisedSigmoid ? "nsigmoid" : "softmax") + ","
                    + chain(expert) + ")";
        }
    }

    /**
     * {@code conv1d(channels=C,kernel=K)}: its input's rows are channels and its columns positions (the
     * layout of PyTorch's Conv1d, so {@code net:1x6} is one channel of length 6); output channel c at
     * position l is Σ_{c',τ} F[c, c'·K + τ] x[c', l + τ] over the L − K + 1 windows (stride 1, no padding).
     */
    record Conv1d(int channels, int kernel, int column) implements Layer {
        @Override
        public String text() {
            return "conv1d(channels=" + channels + ",kernel=" + kernel + ")";
        }
    }

    /** {@code softmax}: the features of each token to probabilities (an output layer, for cross-entropy). */
    record Softmax(int column) implements Layer {
        @Override
        public String text() {
            return "softmax";
        }
    }

    /** Layers joined by {@code >}, as the spec language writes a chain. */
    static String chain(List<Layer> layers) {
        return layers.stream().map(Layer::text).collect(Collectors.joining(">"));
    }
}
