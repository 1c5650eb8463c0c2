package org.lawkeeper.eclipse.core.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.law.Law;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.eclipse.core.LawkeeperCore;
import org.lawkeeper.harness.LawCheck;
import org.lawkeeper.harness.Laws;
import org.lawkeeper.harness.check.LawCase;
import org.lawkeeper.harness.check.TrialResult;
import org.lawkeeper.harness.check.Verdict;
import org.lawkeeper.harness.dynamics.Tolerances;
import org.lawkeeper.harness.gen.Gen;
import org.lawkeeper.harness.gen.LawGens;
import org.lawkeeper.harness.property.Counterexample;
import org.lawkeeper.harness.property.PropertyResult;

/**
 * The one adapter between the analysis and the property-testing harness: for a claim the exact
 * verifier rejected, a trajectory along which the law visibly drifts, shrunk to the smallest
 * architecture of the model's kind that still shows it — what a user can look at and replay.
 */
final class ViolationEvidence {
    /** Built-in kinds whose architectures the harness can generate (and so shrink). */
    private static final Set<String> SHRINKABLE = Set.of("linear", "relu", "nmf", "icnn");

    private ViolationEvidence() {
    }

    /**
     * E.g. {@code drift 6.2e-04 at t = 0.10 on linear:1,1,1 (seed 1)}, or empty when the trials found no
     * drift within the settings' tries and budget (the exact verdict stands either way).
     */
    static Optional<String> of(Model model, Flow flow, Law law, AnalysisSettings settings) {
        try {
            return run(model, flow, law, settings);
        } catch (RuntimeException e) {
            // evidence only illustrates an exact verdict: a failing harness must not cost the marker
            LawkeeperCore.log("no drift evidence for " + law.text() + " under " + flow.spec(), e);
            return Optional.empty();
        }
    }

    private static Optional<String> run(Model model, Flow flow, Law law, AnalysisSettings settings) {
        LawCheck check = architectures(model).map(models -> Laws.check(models, flow, law.text()))
                .orElseGet(() -> Laws.check(model, flow, law));
        // the integrator follows the project's tolerance (relative; absolute two digits below)
        PropertyResult<LawCase> result = check.tries(settings.tries()).seed(settings.seed())
                .timeBudget(settings.budget())
                .tolerances(new Tolerances(settings.tolerance(), settings.tolerance() / 100)).run();
        return result.failure().flatMap(ViolationEvidence::describe);
    }

    private static Optional<String> describe(Counterexample<LawCase> c) {
        return LawCheck.violation(c).map(TrialResult::verdict).filter(Verdict.Violated.class::isInstance)
                .map(Verdict.Violated.class::cast).map(v -> String.format(Locale.ROOT,
                        "drift %.1e at t = %.2f on %s (seed %d)", v.drift(), v.time(), c.shrunk().model().name(),
                        c.seed()));
    }

    /** Architectures of the model's built-in kind and depth, no wider than it: shrinking finds the smallest. */
    private static Optional<Gen<Model>> architectures(Model model) {
        String name = model.name();
        int colon = name.indexOf(':');
        if (colon < 0 || !SHRINKABLE.contains(name.substring(0, colon))) {
            return Optional.empty();
        }
        boolean bias = name.endsWith("+bias");
        String widths = name.substring(colon + 1, bias ? name.length() - "+bias".length() : name.length());
        int[] sizes = Arrays.stream(widths.split(",")).mapToInt(Integer::parseInt).toArray();
        int layers = sizes.length - 1;
        int widest = Arrays.stream(sizes).max().orElse(1);
        return Optional.of(LawGens.architectures(name.substring(0, colon) + (bias ? "+bias" : ""), layers, layers,
                widest));
    }
}
