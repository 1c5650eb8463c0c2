package org.lawkeeper.eclipse.core.results;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ParameterBlock;
import org.lawkeeper.core.model.net.PlacedLayer;

/** The blocks of a model and, for a network, the layer that owns each: what the view says about a law's blocks. */
final class BlockIndex {
    /** A word of the law language; its words other than block names (functions, t, tau, wd, rows, cols) name no block. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** The index of a model that could not be built: no law names a block of it. */
    static final BlockIndex NONE = new BlockIndex(List.of(), Map.of());

    private final List<ParameterBlock> blocks;
    private final Map<String, PlacedLayer> owners;

    private BlockIndex(List<ParameterBlock> blocks, Map<String, PlacedLayer> owners) {
        this.blocks = blocks;
        this.owners = owners;
    }

    static BlockIndex of(Model model) {
        Map<String, PlacedLayer> owners = new LinkedHashMap<>();
        model.network().ifPresent(network -> collect(network.structure(), owners));
        return new BlockIndex(model.blocks(), owners);
    }

    private static void collect(List<PlacedLayer> chain, Map<String, PlacedLayer> owners) {
        for (PlacedLayer placed : chain) {
            placed.blocks().forEach(block -> owners.put(block.name(), placed));
            placed.chains().forEach(inner -> collect(inner, owners));
        }
    }

    /** The blocks {@code law} is written about, in the order of θ; none for {@code null}. */
    List<String> involved(String law) {
        if (law == null) {
            return List.of();
        }
        Set<String> words = new HashSet<>();
        for (Matcher m = WORD.matcher(law); m.find();) {
            words.add(m.group());
        }
        return blocks.stream().map(ParameterBlock::name).filter(words::contains).toList();
    }

    /**
     * The blocks of {@code law} in words: by layer for a network ({@code C1 in swiglu(2); W1 in dense(1)}), else
     * by name ({@code U1, U2}).
     */
    String describe(String law) {
        List<String> names = involved(law);
        if (owners.isEmpty()) {
            return String.join(", ", names);
        }
        // a layer's blocks differ from every other layer's, so equal layers are the same layer
        Map<PlacedLayer, List<String>> byLayer = new LinkedHashMap<>();
        names.forEach(name -> byLayer.computeIfAbsent(owners.get(name), layer -> new ArrayList<>()).add(name));
        return byLayer.entrySet().stream().map(e -> String.join(", ", e.getValue()) + " in " + e.getKey().layer().text())
                .collect(Collectors.joining("; "));
    }
}
