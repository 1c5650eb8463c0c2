package org.lawkeeper.harness.dynamics;

import java.util.Arrays;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.flow.GradientFlow;
import org.lawkeeper.core.flow.MirrorFlow;
import org.lawkeeper.core.flow.MirrorMomentumFlow;
import org.lawkeeper.core.flow.MomentumFlow;
import org.lawkeeper.core.flow.NaturalGradientFlow;
import org.lawkeeper.core.flow.NesterovFlow;

/**
 * A flow of docs/THEORY.md §4 as a Hipparchus system, for one model and one loss, with the flow's weight
 * decay −λθ in the force. First-order flows have state θ; second-order flows have state (θ, v = θ'). The
 * ODE's own time is real time t, so the time coordinate of a law (t, or s = e^{τt} and s = e^{λt}) is
 * computed from it exactly rather than integrated.
 * Integrators and checks observe it; they never need to know which flow it is.
 */
public abstract sealed class FlowSystem implements OrdinaryDifferentialEquation
        permits FirstOrderSystem, SecondOrderSystem {
    /** Start time of Nesterov's ODE, whose friction 3/t is singular at 0. */
    public static final double NESTEROV_START = 1;

    protected final Objective objective;
    protected final int parameterCount;

    FlowSystem(Objective objective) {
        this.objective = objective;
        this.parameterCount = objective.model().parameterCount();
    }

    /** The system of {@code flow} on {@code objective}. */
    public static FlowSystem of(Flow flow, Objective objective) {
        return switch (flow) {
            case GradientFlow f -> new FirstOrderSystem(objective, FirstOrderSystem.Metric.EUCLIDEAN,
                    f.weightDecay().doubleValue());
            case MirrorFlow f -> new FirstOrderSystem(objective, FirstOrderSystem.Metric.MIRROR, 0);
            case NaturalGradientFlow f -> new FirstOrderSystem(objective, FirstOrderSystem.Metric.NATURAL, 0);
            case MomentumFlow f -> new SecondOrderSystem(objective, f.tau().doubleValue(), false, false,
                    f.weightDecay().doubleValue());
            case MirrorMomentumFlow f -> new SecondOrderSystem(objective, f.tau().doubleValue(), false, true, 0);
            case NesterovFlow f -> new SecondOrderSystem(objective, 0, true, false, 0);
        };
    }

    /** The model and loss whose gradient drives the flow. */
    public Objective objective() {
        return objective;
    }

    /** Whether the state carries velocities. */
    public abstract boolean hasVelocity();

    /** The time at which trajectories start (0, or {@link #NESTEROV_START} for Nesterov). */
    public double startTime() {
        return 0;
    }

    /** The ODE state for θ and, for second-order flows, the initial velocity. */
    public abstract double[] initialState(double[] theta, double[] velocity);

    /** θ, read from a state. */
    public double[] theta(double[] state) {
        return Arrays.copyOf(state, parameterCount);
    }

    /** Whether the state lies where the flow is defined (θ > 0 on mirrored coordinates of mirror flows). */
    public abstract boolean inDomain(double[] state);
}
