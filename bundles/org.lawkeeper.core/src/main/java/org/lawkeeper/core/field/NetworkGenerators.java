package org.lawkeeper.core.field;

import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.flow.MirrorFlow;
import org.lawkeeper.core.flow.MirrorMomentumFlow;
import org.lawkeeper.core.jet.JetArithmetic;
import org.lawkeeper.core.linalg.PrimeField;
import org.lawkeeper.core.linalg.RationalConstants;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.net.Network;

/**
 * The data-indexed generating fields of a network without a finite factorisation (docs/ALGORITHMS.md §16):
 * χ_{x,w}(θ) = ∇_θ⟨w, f(x; θ)⟩ for all inputs x and output weights w, placed in the flow's state like ∇φ_i
 * — times diag(θ) under mirror flow, as the force on θ' under momentum, next to the flow's {@link Drift}.
 * Natural gradient uses the Euclidean fields: for any data set its fields (J_XᵀJ_X)^†J_Xᵀg lie in, and
 * fill, range(J_Xᵀ) = span{χ_{x,w}}, so both span the same distribution.
 *
 * <p>A member is picked by the input x, the weights w, a coefficient of the drift (when the flow has one)
 * and a seed for the values adjoined at that data point.
 *
 * @param drift the flow's drift as a single polynomial field, or null when the flow has none
 * @param ties  which transcendental calls share a value in exact arithmetic
 */
public record NetworkGenerators(Model model, Network network, Flow flow, int stateDimension,
        PolynomialGenerators drift, Ties ties) implements GeneratingFields {

    /**
     * The fields of {@code network} under {@code flow}.
     *
     * @throws LawkeeperException when the state exceeds the limits, or a ReLU cannot be lifted exactly
     */
    static NetworkGenerators of(Model model, Network network, Flow flow, Limits limits) throws LawkeeperException {
        int dimension = flow.stateDimension(model);
        limits.checkStateDimension(dimension, model.name() + " under " + flow.spec());
        String obstruction = network.reluObstruction().orElse(null);
        if (obstruction != null) {
            throw new LawkeeperException("cannot analyse " + model.name() + ": " + obstruction);
        }
        PolynomialGenerators drift = null;
        if (Drift.exists(flow)) {
            PolynomialGenerators.Builder builder = new PolynomialGenerators.Builder(dimension, 1);
            Drift.add(builder, flow, model.parameterCount());
            drift = builder.build();
        }
        NetworkGenerators untied = new NetworkGenerators(model, network, flow, dimension, drift, Ties.none());
        return new NetworkGenerators(model, network, flow, dimension, drift, TranscendentalAudit.audit(untied));
    }

    /** Refuses exact mode when the audit found relations between transcendental values that ties cannot express. */
    @Override
    public void checkExactness() throws LawkeeperException {
        if (ties.problem() != null) {
            throw new LawkeeperException(ties.problem());
        }
    }

    /**
     * The constants of the drift (τ, λ). The forward pass's own constants are whole numbers no larger than a
     * width (1, 2, a norm's width), which no prime above 2^30 divides; its square roots are {@link #suits}'s.
     */
    @Override
    public RationalConstants constants() {
        return drift == null ? RationalConstants.NONE : drift.constants();
    }

    /** Primes where every √n of the forward pass (attention's 1/√dk) exists. */
    @Override
    public boolean suits(PrimeField field) {
        return network.squareRoots().stream().allMatch(n -> field.squareRoot(field.fromLong(n)) >= 0);
    }

    /** Where the gradient goes: the first coordinate of θ (or θ' under momentum) in the state. */
    int forceOffset() {
        return flow.hasMomentum() ? 1 + model.parameterCount() : flow.hasTime() ? 1 : 0;
    }

    /** The first coordinate of θ in the state. */
    int thetaOffset() {
        return flow.hasTime() ? 1 : 0;
    }

    /** How the force is weighted: θ_j under mirror flow, τθ_j + θ'_j under mirror momentum, 1 otherwise. */
    Metric metric() {
        return switch (flow) {
            case MirrorFlow f -> Metric.THETA;
            case MirrorMomentumFlow f -> Metric.FRICTION_THETA_PLUS_VELOCITY;
            default -> Metric.IDENTITY;
        };
    }

    enum Metric { IDENTITY, THETA, FRICTION_THETA_PLUS_VELOCITY }

    @Override
    public <A> CompiledNetworkGenerators<A> compile(JetArithmetic<A> arithmetic, A basePoint) {
        return new CompiledNetworkGenerators<>(this, arithmetic, basePoint);
    }
}
