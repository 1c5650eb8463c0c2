package org.lawkeeper.harness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.UncheckedCancellation;
import org.lawkeeper.harness.check.DriftCheck;
import org.lawkeeper.harness.check.TrialResult;
import org.lawkeeper.harness.dynamics.FlowIntegrator;
import org.lawkeeper.harness.dynamics.Tolerances;
import org.lawkeeper.harness.gen.Choices;
import org.lawkeeper.harness.gen.DiscardedException;
import org.lawkeeper.harness.gen.Gen;
import org.lawkeeper.harness.property.Counterexample;
import org.lawkeeper.harness.property.Property;
import org.lawkeeper.harness.property.PropertyResult;
import org.lawkeeper.harness.property.PropertySettings;
import org.lawkeeper.harness.property.Statistics;
import org.lawkeeper.harness.trials.Trial;
import org.lawkeeper.harness.trials.TrialGens;

/**
 * A configured check of one claimed law (see {@link Laws}); immutable, each {@code with…} returns a copy.
 * {@link #run} tries random trials, {@link #assertConserved} and {@link #assertViolated} turn the
 * outcome into test assertions whose messages carry the seed and the shrunk counterexample. Every trial
 * carries the loss as a negative control, and {@link #control} adds others: a run on which they did not
 * move is vacuous and fails {@link #assertConserved}.
 */
public final class LawCheck {
    /** The system property that overrides every seed, for replaying a failure printed by a CI run. */
    public static final String SEED_PROPERTY = "lawkeeper.seed";

    private final Gen<Trial> cases;
    private final PropertySettings settings;
    private final FlowIntegrator integrator;
    private final IntConsumer progress;

    LawCheck(Gen<Trial> cases, PropertySettings settings, FlowIntegrator integrator, IntConsumer progress) {
        this.cases = cases;
        this.settings = settings;
        this.integrator = integrator;
        this.progress = progress;
    }

    /**
     * Adds negative controls: quantities of the law language (or {@code loss}) that must each drift on at least
     * {@value Laws#CONTROL_COVERAGE} % of the judged trials. They are parsed for each trial's model and flow; a
     * trial one does not fit is discarded.
     */
    public LawCheck control(String... expressions) {
        return new LawCheck(TrialGens.withControls(cases, List.of(expressions)), settings, integrator, progress);
    }

    /** Judged trials wanted (discarded ones do not count). */
    public LawCheck tries(int tries) {
        return new LawCheck(cases, settings.withTries(tries), integrator, progress);
    }

    /** The seed of the first trial; a counterexample's own seed replays it first. */
    public LawCheck seed(long seed) {
        return new LawCheck(cases, settings.withSeed(seed), integrator, progress);
    }

    /** Stops trying new trials after {@code budget}; shrinking is bounded separately. */
    public LawCheck timeBudget(Duration budget) {
        return new LawCheck(cases, settings.withTimeBudget(budget), integrator, progress);
    }

    /** The integrator's tolerances (the verdict tightens them itself when it needs to). */
    public LawCheck tolerances(Tolerances tolerances) {
        return new LawCheck(cases, settings, integrator.withTolerances(tolerances), progress);
    }

    /**
     * Stops {@link #run} and {@link #example} once {@code stop} is raised or expires — inside a trajectory too,
     * after the integrator's step under way — by throwing {@link UncheckedCancellation}.
     */
    public LawCheck cancellation(Cancellation stop) {
        return new LawCheck(cases, settings, integrator.withCancellation(stop), progress);
    }

    /** Tells {@code listener} the number of judged tries after each one. */
    public LawCheck progress(IntConsumer listener) {
        return new LawCheck(cases, settings, integrator, listener);
    }

    /**
     * The first trial this check's seed generates that is judged, not discarded (by a generator or by the verdict),
     * so that what is shown as an example is evidence; within the discard budget, else the last one tried.
     */
    public TrialResult example() {
        DriftCheck check = new DriftCheck(integrator);
        long attempts = 2 + (long) settings.maxDiscardRatio() * settings.tries();
        TrialResult last = null;
        DiscardedException discarded = null;
        for (int attempt = 0; attempt < attempts; attempt++) {
            try {
                last = check.run(cases.generate(Choices.fresh(settings.withSeed(seed()).seedOf(attempt))));
                if (!last.discarded()) {
                    return last;
                }
            } catch (DiscardedException e) {
                discarded = e;
            }
        }
        if (last == null) {
            throw discarded;
        }
        return last;
    }

    /** The first {@code count} trials this check's seed generates, skipping those a generator discards. */
    public List<Trial> examples(int count) {
        List<Trial> trials = new ArrayList<>();
        int discarded = 0;
        for (int attempt = 0; trials.size() < count; attempt++) {
            try {
                trials.add(cases.generate(Choices.fresh(settings.withSeed(seed()).seedOf(attempt))));
            } catch (DiscardedException e) {
                if (++discarded > settings.maxDiscardRatio() * count) {
                    break;
                }
            }
        }
        return trials;
    }

    /** The effective seed: {@value #SEED_PROPERTY} when set, the configured one otherwise. */
    public long seed() {
        String forced = System.getProperty(SEED_PROPERTY);
        return forced == null || forced.isBlank() ? settings.seed() : Long.parseLong(forced.strip());
    }

    /** Runs the trials; a violation is shrunk to a minimal counterexample. */
    public PropertyResult<Trial> run() {
        DriftCheck check = new DriftCheck(integrator);
        return new Property<>(cases, trial -> judge(check, trial), progress).check(settings.withSeed(seed()));
    }

    /**
     * Runs and fails (with the seed and the shrunk counterexample) if any trial violates the law, or (as
     * vacuous) if a negative control moved on too few trials.
     */
    public PropertyResult<Trial> assertConserved() {
        PropertyResult<Trial> result = run();
        result.failure().ifPresent(c -> {
            throw new AssertionError(report(result, c), c.failure());
        });
        List<String> vacuous = result.statistics().coverageProblems();
        if (!vacuous.isEmpty()) {
            throw new AssertionError("vacuous: " + String.join("; ", vacuous) + "\n" + result.summary());
        }
        return result;
    }

    /** Runs and fails unless some trial violates the law; returns the shrunk counterexample. */
    public Counterexample<Trial> assertViolated() {
        PropertyResult<Trial> result = run();
        return result.failure().orElseThrow(() -> new AssertionError(
                "the law was never violated: " + result.summary()));
    }

    /** The report of a violation: the law, the flow, the shrunk trial, its drift, the seed to replay. */
    public static String report(PropertyResult<Trial> result, Counterexample<Trial> c) {
        return String.format("%s%n  shrunk counterexample (%d shrink candidates):%n  %s%n"
                + "  replay: seed %d (e.g. -D%s=%d)%n%s", c.failure().getMessage(), c.shrinkAttempts(),
                c.shrunk().describe().replace("\n", "\n  "), c.seed(), SEED_PROPERTY, c.seed(), result.summary());
    }

    /** The trial result behind a counterexample's failure, if it was a violation. */
    public static Optional<TrialResult> violation(Counterexample<Trial> c) {
        return c.failure() instanceof LawViolation v ? Optional.of(v.result()) : Optional.empty();
    }

    private static void judge(DriftCheck check, Trial trial) {
        Statistics.label(trial.model().name());
        Statistics.label(trial.flow().spec());
        Statistics.label(trial.loss().describe().replaceAll(" on .*", ""));
        Laws.judge(check, trial);
    }
}
