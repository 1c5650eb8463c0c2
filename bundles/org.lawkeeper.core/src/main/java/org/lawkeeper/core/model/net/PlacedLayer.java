package org.lawkeeper.core.model.net;

import java.util.List;

/**
 * A layer as built in a network: the blocks it owns and, for a residual block (one chain) or a mixture
 * of experts (one chain per expert), the layers of its inner chains. Laws are read against this
 * structure: which blocks meet at a hidden layer, which weight feeds a normalisation.
 */
public record PlacedLayer(Layer layer, List<Block> blocks, List<List<PlacedLayer>> chains) {

    public PlacedLayer {
        blocks = List.copyOf(blocks);
        chains = chains.stream().map(List::copyOf).toList();
    }
}
