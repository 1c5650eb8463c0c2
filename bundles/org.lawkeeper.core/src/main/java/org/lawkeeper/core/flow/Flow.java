package org.lawkeeper.core.flow;

import org.lawkeeper.core.LimitExceededException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.field.GeneratingFields;
import org.lawkeeper.core.model.Model;

/**
 * A training dynamics, seen through the fields that generate its velocities (MATH.md §2). Gradient
 * flows live on θ ∈ R^D; momentum flows on (time, θ, θ') ∈ R^{2D+1}, with time a coordinate.
 * Parse one from text with {@link FlowSpec#parse}.
 */
public sealed interface Flow permits FirstOrderFlow, SecondOrderFlow {

    /** The canonical spec, e.g. {@code momentum:tau=1/2}. */
    String spec();

    /** Whether the state carries velocities and time (second-order dynamics). */
    boolean hasMomentum();

    /** The state coordinates in words, for reports: {@code θ} or {@code (s, θ, θ')}. */
    String stateDescription();

    default int stateDimension(Model model) {
        return hasMomentum() ? 2 * model.parameterCount() + 1 : model.parameterCount();
    }

    /**
     * The generating fields of this flow for {@code model}.
     *
     * @throws LimitExceededException when the state dimension or the number of terms exceeds {@code limits}
     */
    GeneratingFields generators(Model model, Limits limits) throws LimitExceededException;
}
