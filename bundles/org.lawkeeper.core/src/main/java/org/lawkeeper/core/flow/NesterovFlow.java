package org.lawkeeper.core.flow;

/** Nesterov's ODE θ'' + (3/t)θ' = −∇L on (t, θ, θ'). */
public record NesterovFlow() implements SecondOrderFlow {

    @Override
    public String spec() {
        return "nesterov";
    }

    @Override
    public Geometry geometry() {
        return Geometry.EUCLIDEAN;
    }

    @Override
    public String stateDescription() {
        return "(t, θ, θ')";
    }
}
