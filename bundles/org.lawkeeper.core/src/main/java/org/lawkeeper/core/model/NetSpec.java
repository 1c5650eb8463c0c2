package org.lawkeeper.core.model;

import java.util.List;
import org.lawkeeper.core.Excerpt;
import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.core.LimitExceededException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.SpecException;
import org.lawkeeper.core.model.net.Architecture;
import org.lawkeeper.core.model.net.Network;
import org.lawkeeper.core.polynomial.Polynomial;

/**
 * A spec of the layer language. Its model carries the {@link Network}; when every layer is polynomial
 * (ReLU patterns as variables) and the expansion stays within the term limit, also the factorisation
 * read off the forward pass, so that the polynomial machinery — exact verification, the law search, the
 * harness's φ — applies unchanged. Otherwise the analysis uses the data-indexed fields (docs/ALGORITHMS.md §16).
 */
public record NetSpec(Architecture architecture) implements ModelSpec {

    @Override
    public ModelKind kind() {
        return NetKind.INSTANCE;
    }

    @Override
    public String text() {
        return architecture.text();
    }

    @Override
    public int[] sizes() {
        return architecture.sizes();
    }

    @Override
    public int[] minimumSizes() {
        return architecture.minimumSizes();
    }

    @Override
    public ModelSpec resized(int[] sizes) throws SpecException {
        return new NetSpec(architecture.resized(sizes));
    }

    @Override
    public long parameterCount() {
        return Network.parameterCount(architecture);
    }

    @Override
    public Model build(Limits limits) throws LawkeeperException {
        limits.checkStateDimension((int) Math.min(parameterCount(), Integer.MAX_VALUE), "model " + text());
        long operations = Network.operations(architecture);
        if (operations > limits.maxTerms()) {
            throw new LimitExceededException(LimitExceededException.Limit.SIZE, "one forward pass of "
                    + Excerpt.shorten(text()) + " takes about "
                    + Limits.count(operations) + " scalar operations, above the limit " + limits.maxTerms());
        }
        return model(limits.maxTerms());
    }

    /** The model without the size checks, for {@link NetworkBuilder#build()}. */
    Model buildUnchecked() {
        return model(Limits.DEFAULT.maxTerms());
    }

    /** The model; polynomial networks get their factorisation when it expands within {@code terms} products. */
    private Model model(long terms) {
        Network network = Network.of(architecture);
        List<ParameterBlock> blocks = network.blocks().stream()
                .map(b -> new ParameterBlock(b.name(), b.rows(), b.columns(), b.offset(), false)).toList();
        List<Polynomial> factorisation = network.isPolynomial()
                ? network.factorisation(terms).orElse(List.of()) : List.of();
        return new Model(text(), blocks, factorisation, network, this);
    }

    @Override
    public String toString() {
        return text();
    }
}
