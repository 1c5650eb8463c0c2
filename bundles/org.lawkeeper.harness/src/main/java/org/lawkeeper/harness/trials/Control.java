package org.lawkeeper.harness.trials;

import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.law.Law;
import org.lawkeeper.core.law.LawParser;
import org.lawkeeper.core.law.LawSyntaxException;
import org.lawkeeper.core.model.Model;

/**
 * A negative control: a quantity that must <em>not</em> be conserved along a trial (docs/ALGORITHMS.md §19).
 * A law that passes on dynamics where nothing moves — zero data, a frozen state, a loss without gradient —
 * has not been tested; a control that drifts shows that the dynamics did move. The loss itself is the
 * default control of every trial: every flow of the harness changes it unless it starts at a critical point.
 */
public sealed interface Control {
    /** The default control: the training loss L(θ). */
    Control LOSS = new LossValue();

    /** {@code loss}, or the expression as written. */
    String text();

    /** The training loss L(θ(t)). */
    record LossValue() implements Control {
        @Override
        public String text() {
            return "loss";
        }
    }

    /** An expression of the law language, bound to a model and flow; every entry counts. */
    record Quantity(Law expression) implements Control {
        @Override
        public String text() {
            return expression.text();
        }
    }

    /**
     * {@code text} in the law language for {@code model} under {@code flow}, or the loss for {@code loss}.
     *
     * @throws LawSyntaxException naming the column of the problem
     */
    static Control parse(String text, Model model, Flow flow) throws LawSyntaxException {
        return text.strip().equals(LOSS.text()) ? LOSS : new Quantity(LawParser.parse(text, model, flow));
    }
}
