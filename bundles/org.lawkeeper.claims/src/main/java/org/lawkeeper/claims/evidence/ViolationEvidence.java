package org.lawkeeper.claims.evidence;

import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.CancelledException;
import org.lawkeeper.core.UncheckedCancellation;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.law.Law;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.harness.LawCheck;
import org.lawkeeper.harness.Laws;
import org.lawkeeper.harness.check.TrialResult;
import org.lawkeeper.harness.check.TrialVerdict;
import org.lawkeeper.harness.dynamics.Tolerances;
import org.lawkeeper.harness.property.Counterexample;
import org.lawkeeper.harness.property.PropertyResult;
import org.lawkeeper.harness.trials.Trial;
import org.lawkeeper.harness.trials.TrialGens;

/**
 * For a claim the exact verifier rejected: a trajectory along which the law visibly drifts, shrunk to
 * the smallest architecture of the model's shape that still shows it — what a user can look at and
 * replay. Evidence only illustrates an exact verdict; a failing harness never costs the verdict.
 */
public final class ViolationEvidence {
    private static final Logger LOG = Logger.getLogger(ViolationEvidence.class.getName());

    private ViolationEvidence() {
    }

    /**
     * E.g. {@code drift 6.2e-04 at t = 0.10 on linear:1,1,1 (seed 1)}, or empty when the trials found no
     * drift within the settings' tries and budget (the exact verdict stands either way).
     *
     * @throws CancelledException when {@code cancellation} is raised, polled after every step of a trajectory
     */
    public static Optional<String> of(Model model, Flow flow, Law law, EvidenceSettings settings,
            Cancellation cancellation) throws CancelledException {
        try {
            return run(model, flow, law, settings, cancellation);
        } catch (UncheckedCancellation e) {
            throw e.cancelled();
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(Level.WARNING, "no drift evidence for " + law.text() + " under " + flow.spec(), e);
            return Optional.empty();
        }
    }

    private static Optional<String> run(Model model, Flow flow, Law law, EvidenceSettings settings,
            Cancellation cancellation) {
        LawCheck check = model.spec().map(spec -> Laws.check(TrialGens.architectures(spec), flow, law.text()))
                .orElseGet(() -> Laws.check(model, flow, law));
        // the integrator follows the settings' tolerance (relative; absolute two digits below)
        PropertyResult<Trial> result = check.tries(settings.tries()).seed(settings.seed())
                .timeBudget(settings.budget())
                .tolerances(new Tolerances(settings.tolerance(), settings.tolerance() / 100))
                .cancellation(cancellation).run();
        return result.failure().flatMap(ViolationEvidence::describe);
    }

    private static Optional<String> describe(Counterexample<Trial> c) {
        return LawCheck.violation(c).map(TrialResult::verdict).filter(TrialVerdict.Violated.class::isInstance)
                .map(TrialVerdict.Violated.class::cast).map(v -> String.format(Locale.ROOT,
                        "drift %.1e at t = %.2f on %s (seed %d)", v.drift(), v.time(), c.shrunk().model().name(),
                        c.seed()));
    }
}
