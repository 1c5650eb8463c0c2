package org.lawkeeper.core.search;

import java.util.ArrayList;
import java.util.List;
import org.lawkeeper.core.flow.MomentumFlow;
import org.lawkeeper.core.flow.NesterovFlow;
import org.lawkeeper.core.law.StateLayout;
import org.lawkeeper.core.model.net.Block;
import org.lawkeeper.core.model.net.Layer;
import org.lawkeeper.core.model.net.Network;
import org.lawkeeper.core.model.net.PlacedLayer;

/**
 * The family templates of a network's layers (docs/THEORY.md §11), read off its structure: where two dense
 * layers meet at a hidden layer (balancedness, or per-neuron rescaling through relu and z^p with the factor
 * p), gated units (GLU both, SwiGLU only the C side), every attention head (Q/K and V/O balancedness, per
 * rotary pair with RoPE, the scaling law of linear attention), softmax outputs and gates (column sums),
 * weights before a normalisation (scale, and shift for layer norm) and after a layer norm (centred inputs),
 * dense layers on both sides of a residual block (the stream's GL(N) conjugates the block), convolutions
 * meeting at channels.
 * Under momentum each symmetry gives rotations with the flow's time factor instead.
 */
final class NetworkTemplates {
    private static final List<String> TIME_FACTORS = List.of("", "exp(tau*t)*", "t^3*");

    private final StateLayout layout;
    private final List<FamilyCandidate> candidates = new ArrayList<>();

    private NetworkTemplates(StateLayout layout) {
        this.layout = layout;
    }

    static List<FamilyCandidate> candidates(Network network, StateLayout layout) {
        NetworkTemplates templates = new NetworkTemplates(layout);
        templates.chain(network.structure());
        return templates.candidates;
    }

    private void chain(List<PlacedLayer> layers) {
        for (int i = 0; i < layers.size(); i++) {
            PlacedLayer here = layers.get(i);
            PlacedLayer next = i + 1 < layers.size() ? layers.get(i + 1) : null;
            PlacedLayer after = i + 2 < layers.size() ? layers.get(i + 2) : null;
            if (here.layer() instanceof Layer.Norm n && !n.rms() && next != null) {
                centred(next);
            }
            if (next != null) {
                stream(here, next, true);
            }
            if (after != null && next.layer() instanceof Layer.Norm n && n.rms()) {
                // RMS norm commutes with rotations of the stream, not with every G: rotations only
                stream(here, after, false);
            }
            switch (here.layer()) {
                case Layer.Dense d -> dense(here, next, after);
                case Layer.Gated g -> gated(g, here, next);
                case Layer.Attention a -> attention(a, here);
                case Layer.Experts e -> {
                    if (!e.normalisedSigmoid()) {
                        linear(name(here, 0), ", cols", "gate column sums of " + name(here, 0),
                                name(here, 0) + " ↦ " + name(here, 0) + " + 1·aᵀ: softmax ignores a common shift");
                    }
                }
                case Layer.Conv1d c -> convolution(c, here, next, after);
                default -> {
                }
            }
            here.chains().forEach(this::chain);
        }
    }

    /** A dense layer W (bias b) and what follows it. */
    private void dense(PlacedLayer here, PlacedLayer next, PlacedLayer after) {
        String w = name(here, 0);
        String b = here.blocks().size() > 1 ? name(here, 1) : null;
        if (next == null) {
            return;
        }
        switch (next.layer()) {
            case Layer.Residual r when after != null && after.layer() instanceof Layer.Dense
                    && r.body().getFirst() instanceof Layer.Dense && r.body().getLast() instanceof Layer.Dense -> {
                // X ↦ G·X on the residual stream: G·W before, the body conjugated, W·G⁻¹ after
                String v = name(after, 0);
                List<PlacedLayer> body = next.chains().getFirst();
                String in = name(body.getFirst(), 0);
                String out = name(body.getLast(), 0);
                add(w + "*" + w + "^T - " + v + "^T*" + v + " - " + in + "^T*" + in + " + " + out + "*" + out + "^T",
                        "balancedness through the residual block between " + w + " and " + v,
                        w + " ↦ X·" + w + ", " + in + " ↦ −" + in + "·X, " + out + " ↦ X·" + out + ", " + v + " ↦ −" + v
                                + "·X, X symmetric", false);
            }
            case Layer.Activation a when after != null && after.layer() instanceof Layer.Dense
                    && (a.kind() == Layer.Activation.Kind.RELU || a.kind() == Layer.Activation.Kind.POW) -> {
                String v = name(after, 0);
                int p = a.kind() == Layer.Activation.Kind.POW ? a.power() : 1;
                String bias = b == null ? "" : " + norm2(" + b + ", rows)";
                add("norm2(" + w + ", rows)" + bias + " - " + (p == 1 ? "" : p + "*") + "norm2(" + v + ", cols)^T",
                        (p == 1 ? "per-neuron rescaling" : "z^" + p + " neuron law") + " between " + w + " and " + v,
                        "row k of " + w + (b == null ? "" : " and " + b + "[k]") + " ↦ λ·, column k of " + v + " ↦ λ^{−"
                                + p + "}·", false);
            }
            case Layer.Softmax s -> {
                linear(w, ", cols", "softmax column sums of " + w, w + " ↦ " + w + " + 1·aᵀ: softmax ignores a common shift");
                if (b != null) {
                    linear(b, "", "softmax bias sum of " + b, b + " ↦ " + b + " + c·1");
                }
            }
            case Layer.Norm n -> {
                String scale = "norm2(" + w + ")" + (b == null ? "" : " + norm2(" + b + ")");
                add(scale, "scale invariance of " + w + " before " + n.text(), w + " ↦ λ·" + w
                        + (b == null ? "" : ", " + b + " ↦ λ·" + b), false);
                if (!n.rms()) {
                    linear(w, ", cols", "shift invariance of " + w + " before layernorm", w + " ↦ " + w + " + 1·aᵀ");
                    if (b != null) {
                        linear(b, "", "shift invariance of " + b + " before layernorm", b + " ↦ " + b + " + c·1");
                    }
                }
            }
            default -> {
            }
        }
    }

    /**
     * A layer that writes the stream linearly (dense, attention's O) followed by one that reads it linearly
     * (dense, attention's Q, K, V, gated B and C): GL(N) acting on the stream in between leaves the network
     * unchanged, so writers' Gram matrices minus readers' are conserved (balancedness), and under momentum
     * its rotations. Through an RMS norm ({@code linear} false) only the rotations remain.
     */
    private void stream(PlacedLayer writer, PlacedLayer reader, boolean linear) {
        List<String[]> writes = new ArrayList<>();
        switch (writer.layer()) {
            case Layer.Dense d -> {
                writes.add(new String[] {gram(name(writer, 0), false), name(writer, 0) + "*" + name(writer, 0) + "'^T"});
                if (writer.blocks().size() > 1) {
                    writes.add(new String[] {gram(name(writer, 1), false), name(writer, 1) + "*" + name(writer, 1) + "'^T"});
                }
            }
            case Layer.Attention a -> {
                for (int h = 0; h < a.heads(); h++) {
                    String o = name(writer, 4 * h + 3);
                    writes.add(new String[] {gram(o, true), "- " + o + "'^T*" + o});
                }
            }
            default -> {
                return;
            }
        }
        List<String[]> reads = new ArrayList<>();
        switch (reader.layer()) {
            case Layer.Dense d -> reads.add(rowReader(name(reader, 0)));
            case Layer.Gated g -> {
                reads.add(rowReader(name(reader, 0)));
                reads.add(rowReader(name(reader, 1)));
            }
            case Layer.Attention a -> {
                for (int h = 0; h < a.heads(); h++) {
                    for (int k = 0; k < 3; k++) {
                        String x = name(reader, 4 * h + k);
                        reads.add(new String[] {gram(x, false), "+ " + x + "*" + x + "'^T"});
                    }
                }
            }
            default -> {
                return;
            }
        }
        String in = String.join(" + ", writes.stream().map(w -> w[0]).toList());
        String out = String.join(" - ", reads.stream().map(r -> r[0]).toList());
        String writers = String.join(", ", writer.blocks().stream().map(Block::name).toList());
        String readers = String.join(", ", reader.blocks().stream().map(Block::name).toList());
        String action = "the stream between " + writers + " and " + readers + " ↦ G·, G = I + X";
        if (linear) {
            add(in + " - " + out, "balancedness of the stream between " + writer.layer().text() + " and "
                    + reader.layer().text(), action + ", X symmetric", false);
        }
        String rotation = String.join(" ", writes.stream().map(w -> w[1].startsWith("-") ? w[1] : "+ " + w[1]).toList())
                + " " + String.join(" ", reads.stream().map(r -> r[1]).toList());
        rotations(rotation.startsWith("+ ") ? rotation.substring(2) : rotation, "rotations of the stream between "
                + writer.layer().text() + " and " + reader.layer().text(), action + ", X antisymmetric");
    }

    /** X·Xᵀ, or Xᵀ·X when {@code transposed}. */
    private static String gram(String x, boolean transposed) {
        return transposed ? x + "^T*" + x : x + "*" + x + "^T";
    }

    /** A reader W applied as W·s: its Gram matrix WᵀW, its rotation term −W'ᵀW. */
    private static String[] rowReader(String w) {
        return new String[] {gram(w, true), "- " + w + "'^T*" + w};
    }

    /** The layer after a layer norm sees centred features: adding a multiple of 1 to its input weights changes nothing. */
    private void centred(PlacedLayer layer) {
        String symmetry = " sees centred features: its input weights ↦ + a·1ᵀ";
        switch (layer.layer()) {
            case Layer.Dense d -> linear(name(layer, 0), ", rows", "centred input of " + name(layer, 0),
                    name(layer, 0) + symmetry);
            case Layer.Gated g -> {
                for (int side = 0; side < 2; side++) {
                    linear(name(layer, side), ", rows", "centred input of " + name(layer, side),
                            name(layer, side) + symmetry);
                }
            }
            case Layer.Attention a -> {
                for (int h = 0; h < a.heads(); h++) {
                    for (int k = 0; k < 3; k++) {
                        linear(name(layer, 4 * h + k), ", cols", "centred input of " + name(layer, 4 * h + k),
                                name(layer, 4 * h + k) + symmetry);
                    }
                }
            }
            default -> {
            }
        }
    }

    /** glu(h)/swiglu(h) with blocks B, C, followed by a dense layer W: per hidden unit i. */
    private void gated(Layer.Gated gated, PlacedLayer here, PlacedLayer next) {
        if (next == null || !(next.layer() instanceof Layer.Dense)) {
            return;
        }
        String w = name(next, 0);
        for (int side = gated.swish() ? 1 : 0; side < 2; side++) {
            String x = name(here, side);
            add("norm2(" + w + ", cols)^T - norm2(" + x + ", rows)", (gated.swish() ? "SwiGLU" : "GLU")
                    + " neuron law between " + x + " and " + w, "row i of " + x + " ↦ λ·, column i of " + w + " ↦ λ⁻¹·",
                    false);
        }
    }

    /** Every head: Q/K and V/O balancedness (per rotary pair with RoPE), linear attention's scaling. */
    private void attention(Layer.Attention attention, PlacedLayer here) {
        for (int h = 0; h < attention.heads(); h++) {
            String q = name(here, 4 * h);
            String k = name(here, 4 * h + 1);
            String v = name(here, 4 * h + 2);
            String o = name(here, 4 * h + 3);
            String head = "the head of " + q;
            if (attention.rope()) {
                for (int j = 1; 2 * j <= attention.keyWidth(); j++) {
                    String columns = "[:," + (2 * j - 1) + ":" + 2 * j + "]";
                    add("norm2(" + q + columns + ") - norm2(" + k + columns + ")", "rotary pair " + j + " of " + head,
                            q + columns + " ↦ λ·, " + k + columns + " ↦ λ⁻¹· (commutes with the rotations)", false);
                    rotations(q + columns + "^T*" + q + "'" + columns + " + " + k + columns + "^T*" + k + "'" + columns,
                            "rotations of rotary pair " + j + " of " + head, "the pair's columns of " + q + " and " + k
                                    + " ↦ ·R, R a rotation (commutes with the rotary ones)");
                }
            } else {
                add(q + "^T*" + q + " - " + k + "^T*" + k, "Q/K balancedness of " + head,
                        q + " ↦ " + q + "·X, " + k + " ↦ −" + k + "·Xᵀ, X symmetric", false);
                rotations(q + "^T*" + q + "' + " + k + "^T*" + k + "'", "Q/K rotations of " + head,
                        q + " ↦ " + q + "·X, " + k + " ↦ " + k + "·X, X antisymmetric");
            }
            add(v + "^T*" + v + " - " + o + "*" + o + "^T", "V/O balancedness of " + head,
                    v + " ↦ " + v + "·X, " + o + " ↦ −X·" + o + ", X symmetric", false);
            rotations(v + "^T*" + v + "' - " + o + "'*" + o + "^T", "V/O rotations of " + head,
                    v + " ↦ " + v + "·X, " + o + " ↦ −X·" + o + ", X antisymmetric");
            if (attention.linear()) {
                add("norm2(" + q + ") + norm2(" + k + ") - norm2(" + v + ") - norm2(" + o + ")",
                        "linear-attention scaling of " + head, q + ", " + k + " ↦ λ·, " + v + ", " + o + " ↦ λ⁻¹·",
                        false);
            }
        }
    }

    /** conv1d F, (relu,) conv1d G: per channel c, its filter row in F against its columns in G. */
    private void convolution(Layer.Conv1d conv, PlacedLayer here, PlacedLayer next, PlacedLayer after) {
        PlacedLayer second = next != null && next.layer() instanceof Layer.Conv1d ? next
                : next != null && next.layer() instanceof Layer.Activation a && a.kind() == Layer.Activation.Kind.RELU
                        && after != null && after.layer() instanceof Layer.Conv1d ? after : null;
        if (second == null) {
            return;
        }
        String f = name(here, 0);
        String g = name(second, 0);
        int kernel = ((Layer.Conv1d) second.layer()).kernel();
        for (int c = 1; c <= conv.channels(); c++) {
            String columns = "[:," + ((c - 1) * kernel + 1) + ":" + c * kernel + "]";
            add("norm2(" + f + "[" + c + ",:]) - norm2(" + g + columns + ")", "channel " + c + " between " + f
                    + " and " + g, "row " + c + " of " + f + " ↦ λ·, its columns in " + g + " ↦ λ⁻¹·", false);
        }
    }

    /** The rotations of an antisymmetric generator under momentum, with each time factor. */
    private void rotations(String inner, String name, String symmetry) {
        for (String factor : TIME_FACTORS) {
            String time = factor.isEmpty() ? "" : ", time factor " + factor.substring(0, factor.length() - 1);
            add(factor + "skew(" + inner + ")", name + time, symmetry, true);
        }
    }

    /**
     * A translation symmetry X ↦ X + a(direction) gives the linear law sum(X[, axis]) under first-order flows;
     * under heavy ball it gives sum(X'[, axis]) with the flow's time factor and the law that integrates it
     * (THEORY §7.3): for τ = 0, L' and t·L' − L; for τ ≠ 0, e^{τt}L' and τL + L'; under Nesterov, t³L' and
     * L + t·L'/2.
     */
    private void linear(String block, String axis, String name, String symmetry) {
        String law = "sum(" + block + axis + ")";
        if (!layout.hasMomentum()) {
            add(law, name, symmetry, false);
            return;
        }
        String velocity = "sum(" + block + "'" + axis + ")";
        List<String> forms = switch (layout.flow()) {
            case NesterovFlow f -> List.of("t^3*" + velocity, law + " + t*" + velocity + "/2");
            case MomentumFlow f when layout.timeIsExponential() ->
                List.of("exp(tau*t)*" + velocity, "tau*" + law + " + " + velocity);
            case MomentumFlow f -> List.of(velocity, "t*" + velocity + " - " + law);
            default -> List.of();
        };
        for (String form : forms) {
            add(form, name + " (momentum)", symmetry, true);
        }
    }

    private void add(String expression, String name, String symmetry, boolean momentum) {
        if (momentum == layout.hasMomentum()) {
            candidates.add(new FamilyCandidate(expression, name, symmetry));
        }
    }

    private static String name(PlacedLayer layer, int block) {
        List<Block> blocks = layer.blocks();
        return blocks.get(block).name();
    }
}
