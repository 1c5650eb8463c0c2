package org.lawkeeper.harness.trials;

import java.util.ArrayList;
import java.util.List;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.law.Law;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.harness.dynamics.Loss;

/**
 * One trial: a claimed law, the model and flow it is claimed for, and one dynamics to test it on
 * (loss, initial state, horizon), with the negative controls that must drift on it. Generators produce
 * these; shrinking makes them smaller.
 *
 * @param velocity θ'(0) for momentum flows (ignored by first-order flows)
 * @param controls quantities that must not be conserved (see {@link Control})
 */
public record Trial(Model model, Flow flow, Law law, Loss loss, double[] theta, double[] velocity,
        double horizon, List<Control> controls) {

    /** A trial with the default control, the loss. */
    public Trial(Model model, Flow flow, Law law, Loss loss, double[] theta, double[] velocity, double horizon) {
        this(model, flow, law, loss, theta, velocity, horizon, List.of(Control.LOSS));
    }

    public Trial {
        int n = model.parameterCount();
        if (theta.length != n || velocity.length != n) {
            throw new IllegalArgumentException("initial state of length " + theta.length + "/" + velocity.length
                    + " for " + n + " parameters");
        }
        if (!(horizon > 0)) {
            throw new IllegalArgumentException("horizon must be positive, not " + horizon);
        }
        theta = theta.clone();
        velocity = velocity.clone();
        controls = List.copyOf(controls);
    }

    /** The same trial with {@code more} controls besides its own. */
    public Trial withControls(List<Control> more) {
        List<Control> all = new ArrayList<>(controls);
        more.stream().filter(c -> !all.contains(c)).forEach(all::add);
        return new Trial(model, flow, law, loss, theta, velocity, horizon, all);
    }

    /** Several lines for a counterexample report. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append("model ").append(model.name()).append(", flow ").append(flow.spec()).append(", law ")
                .append(law.text()).append('\n');
        text.append("  ").append(loss.details()).append('\n');
        text.append("  horizon ").append(Loss.format(horizon)).append(", θ(0) = ")
                .append(Loss.format(theta));
        if (flow.hasMomentum()) {
            text.append(", θ'(0) = ").append(Loss.format(velocity));
        }
        return text.toString();
    }
}
