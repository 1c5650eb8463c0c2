package org.lawkeeper.eclipse.core.results;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.core.resources.IFile;
import org.lawkeeper.claims.analysis.FlowResult;
import org.lawkeeper.core.model.net.Block;
import org.lawkeeper.core.model.net.Layer;
import org.lawkeeper.core.model.net.Network;
import org.lawkeeper.core.model.net.PlacedLayer;
import org.lawkeeper.eclipse.core.results.Row.LayerRow;

/**
 * The layer tree of a network model: each layer with the blocks it owns and, under each claimed flow, those
 * of them that a law that holds involves — where conservation survives, at a glance (a SwiGLU layer's C1
 * does under gf, its B1 does not). Residual bodies are listed under their block, and each expert under its
 * mixture, numbered as its blocks' prefix (E1_, E2_, …).
 */
final class LayerRows {
    private final IFile file;
    private final int offset;
    /** Per claimed flow that was counted, the blocks its laws involve. */
    private final Map<String, Set<String>> involved = new LinkedHashMap<>();
    private int experts;

    private LayerRows(IFile file, int offset, List<FlowResult> flows, BlockIndex index) {
        this.file = file;
        this.offset = offset;
        for (FlowResult flow : flows) {
            if (flow.count() >= 0) {
                Set<String> blocks = new HashSet<>();
                flow.laws().forEach(law -> blocks.addAll(index.involved(law.expression())));
                involved.put(flow.flow(), blocks);
            }
        }
    }

    /**
     * The row "layers" of {@code network} with its layers beneath it, for the claimed {@code flows}; double-click
     * opens the declaration at {@code offset}.
     */
    static LayerRow of(IFile file, int offset, Network network, List<FlowResult> flows, BlockIndex index) {
        LayerRows rows = new LayerRows(file, offset, flows, index);
        return rows.row("layers: input " + network.input() + " → output " + network.output(), List.of(),
                rows.chain(network.structure()));
    }

    private List<LayerRow> chain(List<PlacedLayer> chain) {
        List<LayerRow> rows = new ArrayList<>();
        for (PlacedLayer placed : chain) {
            List<LayerRow> children = new ArrayList<>();
            for (List<PlacedLayer> inner : placed.chains()) {
                if (placed.layer() instanceof Layer.Experts) {
                    List<LayerRow> layers = chain(inner);
                    children.add(row("expert E" + ++experts, List.of(), layers));
                } else {
                    children.addAll(chain(inner));
                }
            }
            rows.add(row(placed.layer().text(), placed.blocks(), children));
        }
        return rows;
    }

    private LayerRow row(String name, List<Block> blocks, List<LayerRow> children) {
        String shapes = String.join(", ", blocks.stream().map(b -> b.name() + " " + b.rows() + "×" + b.columns()).toList());
        return new LayerRow(file, offset, List.of(name, "", "", laws(blocks), shapes), List.<Row>copyOf(children));
    }

    /**
     * Per claimed flow, those of {@code blocks} that some law that holds involves, e.g. {@code gf: C1 · momentum:
     * none}; empty for a layer without blocks.
     */
    private String laws(List<Block> blocks) {
        if (blocks.isEmpty()) {
            return "";
        }
        List<String> perFlow = new ArrayList<>();
        involved.forEach((flow, inLaws) -> {
            List<String> names = blocks.stream().map(Block::name).filter(inLaws::contains).toList();
            perFlow.add(flow + ": " + (names.isEmpty() ? "none" : String.join(", ", names)));
        });
        return String.join(" · ", perFlow);
    }
}
