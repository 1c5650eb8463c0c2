package org.lawkeeper.core.law;

import java.util.Optional;
import org.hipparchus.fraction.BigFraction;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.flow.MirrorMomentumFlow;
import org.lawkeeper.core.flow.MomentumFlow;
import org.lawkeeper.core.model.Model;

/**
 * Where each quantity of a law lives in a flow's state, following the flows' convention: θ_j at
 * coordinate j for first-order flows; c at 0 and θ_j at 1 + j for gradient flow with weight decay λ,
 * where c = s = e^{λt}; c at 0, θ_j at 1 + j and θ'_j at 1 + D + j for momentum flows, where c = t for
 * τ = 0 and Nesterov and c = s = e^{τt} for constant friction τ ≠ 0.
 */
public record StateLayout(Model model, Flow flow) {

    public int parameters() {
        return model.parameterCount();
    }

    public int dimension() {
        return flow.stateDimension(model);
    }

    public boolean hasMomentum() {
        return flow.hasMomentum();
    }

    /** Whether coordinate 0 is time (t or s): under momentum flows and weight decay. */
    public boolean hasTime() {
        return flow.hasTime();
    }

    public int theta(int j) {
        return hasTime() ? 1 + j : j;
    }

    public int velocity(int j) {
        return 1 + parameters() + j;
    }

    /** The constant friction τ of heavy-ball flows; empty for first-order flows and Nesterov. */
    public Optional<BigFraction> tau() {
        return switch (flow) {
            case MomentumFlow m -> Optional.of(m.tau());
            case MirrorMomentumFlow m -> Optional.of(m.tau());
            default -> Optional.empty();
        };
    }

    /** The weight decay λ of the flow; empty when it has none. */
    public Optional<BigFraction> weightDecay() {
        BigFraction lambda = flow.weightDecay();
        return lambda.getNumerator().signum() == 0 ? Optional.empty() : Optional.of(lambda);
    }

    /**
     * The rate r with coordinate 0 = s = e^{rt}: τ under heavy ball with τ ≠ 0, λ under gradient flow with
     * weight decay; empty when coordinate 0 is t itself or absent.
     */
    public Optional<BigFraction> timeRate() {
        if (!hasMomentum()) {
            return weightDecay();
        }
        return tau().filter(t -> t.getNumerator().signum() != 0);
    }

    /** Whether coordinate 0 is s = e^{rt} (see {@link #timeRate}) rather than t itself. */
    public boolean timeIsExponential() {
        return timeRate().isPresent();
    }

    /**
     * The law-language name of state coordinate i, e.g. {@code U1[1,2]}, {@code U1'[1,2]}, {@code exp(tau*t)},
     * {@code exp(wd*t)}.
     */
    public String coordinateName(int i) {
        if (!hasTime()) {
            return model.coordinateName(i);
        }
        if (i == 0) {
            return !timeIsExponential() ? "t" : hasMomentum() ? "exp(tau*t)" : "exp(wd*t)";
        }
        int j = (i - 1) % parameters();
        String name = model.coordinateName(j);
        if (i <= parameters()) {
            return name;
        }
        int bracket = name.indexOf('[');
        return name.substring(0, bracket) + "'" + name.substring(bracket);
    }
}
