package org.lawkeeper.core.model;

import java.util.List;
import java.util.Optional;
import org.lawkeeper.core.model.net.Network;
import org.lawkeeper.core.polynomial.Polynomial;

/**
 * A model seen through its factorisation: parameters θ ∈ R^D, grouped into named blocks, and the
 * polynomial map φ: R^D → R^d through which every loss depends on θ. All conservation-law analysis
 * of gradient-like flows depends on the model only through φ. A network of the layer language carries
 * its {@link Network} as well; one with exponentials, square roots or Φ has no finite φ, and is analysed
 * through its data-indexed fields ∇⟨w, f(x; θ)⟩ instead (docs/ALGORITHMS.md §16).
 *
 * <p>Built-in models come from {@link ModelSpec#parse}; users define their own with {@link #builder}
 * (for instance in a {@link ModelDefinition}).
 */
public final class Model {
    private final String name;
    private final List<ParameterBlock> blocks;
    private final List<Polynomial> factorisation;
    private final int parameterCount;
    private final Network network;
    private final ModelSpec spec;

    Model(String name, List<ParameterBlock> blocks, List<Polynomial> factorisation) {
        this(name, blocks, factorisation, null, null);
    }

    Model(String name, List<ParameterBlock> blocks, List<Polynomial> factorisation, Network network, ModelSpec spec) {
        this.name = name;
        this.blocks = List.copyOf(blocks);
        this.factorisation = List.copyOf(factorisation);
        this.parameterCount = blocks.stream().mapToInt(ParameterBlock::size).sum();
        this.network = network;
        this.spec = spec;
    }

    /** The same model, remembering the spec it was built from. */
    Model withSpec(ModelSpec origin) {
        return new Model(name, blocks, factorisation, network, origin);
    }

    /** Starts a network of one token of {@code features} inputs; see {@link NetworkBuilder}. */
    public static NetworkBuilder network(int features) {
        return new NetworkBuilder(1, features);
    }

    /** Starts a network of {@code tokens} tokens of {@code features} inputs each; see {@link NetworkBuilder}. */
    public static NetworkBuilder network(int tokens, int features) {
        return new NetworkBuilder(tokens, features);
    }

    /** Starts a user-defined model; see {@link ModelBuilder}. */
    public static ModelBuilder builder(String name) {
        return new ModelBuilder(name);
    }

    /** The model's name: its spec for built-ins ({@code linear:2,3,2}), the user's name otherwise. */
    public String name() {
        return name;
    }

    /** The spec the model was built from; empty for a model defined in code. */
    public Optional<ModelSpec> spec() {
        return Optional.ofNullable(spec);
    }

    public List<ParameterBlock> blocks() {
        return blocks;
    }

    public Optional<ParameterBlock> block(String blockName) {
        return blocks.stream().filter(b -> b.name().equals(blockName)).findFirst();
    }

    /** D, the number of parameters. */
    public int parameterCount() {
        return parameterCount;
    }

    /** The components φ_1..φ_d, polynomials in θ_0..θ_{D−1}; empty when the model has no finite factorisation. */
    public List<Polynomial> factorisation() {
        return factorisation;
    }

    /** Whether the model has a finite polynomial factorisation φ. */
    public boolean hasFactorisation() {
        return !factorisation.isEmpty();
    }

    /** The network of a model written in the layer language. */
    public Optional<Network> network() {
        return Optional.ofNullable(network);
    }

    /** Whether coordinate i of θ lies in a block with mirror (positive) geometry. */
    public boolean isPositive(int coordinate) {
        return blockOf(coordinate).positive();
    }

    /** Whether any block is declared positive. */
    public boolean hasPositiveBlocks() {
        return blocks.stream().anyMatch(ParameterBlock::positive);
    }

    /**
     * Whether mirror (entropy) geometry acts on coordinate i: the positive blocks, or every coordinate
     * when the model declares none (docs/THEORY.md §2).
     */
    public boolean mirrored(int coordinate) {
        return !hasPositiveBlocks() || isPositive(coordinate);
    }

    /** The block holding coordinate i. */
    public ParameterBlock blockOf(int coordinate) {
        for (ParameterBlock b : blocks) {
            if (b.contains(coordinate)) {
                return b;
            }
        }
        throw new IndexOutOfBoundsException("coordinate " + coordinate + " outside " + parameterCount);
    }

    /** The readable name of coordinate i, e.g. {@code U1[2,3]}. */
    public String coordinateName(int coordinate) {
        return blockOf(coordinate).entryName(coordinate);
    }

    @Override
    public String toString() {
        return name + " (D = " + parameterCount + ", d = " + factorisation.size() + ")";
    }
}
