package org.lawkeeper.harness.check;

import org.lawkeeper.harness.dynamics.Objective;

/**
 * The training loss measured as a control: L(θ), with ‖∇L(θ)‖₁ as its sensitivity to a state error and |L|
 * as the magnitude its rounding is relative to.
 */
final class LossProbe implements LawProbe {
    private final Objective objective;
    private double[] gradient;

    LossProbe(Objective objective) {
        this.objective = objective;
    }

    @Override
    public Measurement measure(double time, double[] theta, double[] velocity) {
        if (gradient == null) {
            gradient = new double[theta.length];
        }
        double loss = objective.value(theta);
        objective.gradient(theta, gradient);
        double sensitivity = 0;
        for (double g : gradient) {
            sensitivity += Math.abs(g);
        }
        return new Measurement(new double[] {loss}, sensitivity, Math.abs(loss), Math.abs(loss));
    }
}
