package org.lawkeeper.core.model;

import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.SpecException;

/**
 * A model as written ({@code linear:2,3,2}, {@code relu:3,4,2+bias}, …), read and checked but not yet
 * built: building expands φ, which can be large. The spec's <em>sizes</em> (widths, heads, …) are what
 * property tests shrink: every size can be lowered to its minimum independently, and
 * {@link #resized} rebuilds the spec (or says why the combination is invalid).
 */
public interface ModelSpec {

    /** The spec's kind. */
    ModelKind kind();

    /** The canonical text, e.g. {@code relu:3,4,2+bias}. */
    String text();

    /** The sizes that define the architecture, in the order of the text. */
    int[] sizes();

    /** The smallest value each size may take. */
    int[] minimumSizes();

    /**
     * The same architecture with other sizes.
     *
     * @throws SpecException when the sizes do not fit together
     */
    ModelSpec resized(int[] sizes) throws SpecException;

    /**
     * The number of parameters, the state dimension D under first-order flows, from the sizes alone (nothing is
     * built); saturates at {@link Long#MAX_VALUE}. What decides whether a model is quick to analyse.
     */
    long parameterCount();

    /**
     * The model, after checking its size against {@code limits} before anything is expanded.
     *
     * @throws LawkeeperException ({@link org.lawkeeper.core.LimitExceededException}) when it exceeds {@code limits}
     */
    Model build(Limits limits) throws LawkeeperException;

    /**
     * The spec of {@code text}, of any registered kind.
     *
     * @throws SpecException when the text is malformed; the message quotes the offending part
     */
    static ModelSpec parse(String text) throws SpecException {
        return ModelKinds.parse(text);
    }
}
