package org.lawkeeper.harness.property;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.lawkeeper.core.UncheckedCancellation;
import org.lawkeeper.harness.gen.Choices;
import org.lawkeeper.harness.gen.DiscardedException;
import org.lawkeeper.harness.gen.Gen;
import org.lawkeeper.harness.gen.Shrinker;

/**
 * A property: for every value of a generator, a body that returns normally. The body fails by
 * throwing (an {@link AssertionError}, typically) and discards a try by throwing
 * {@link DiscardedException}. {@link #check} tries values until one fails, then shrinks it. An
 * {@link UncheckedCancellation} from the body or the progress listener ends the run and reaches the caller.
 *
 * @param <T> the generated type
 */
public final class Property<T> {
    private final Gen<T> generator;
    private final Consumer<T> body;
    private final IntConsumer progress;

    public Property(Gen<T> generator, Consumer<T> body) {
        this(generator, body, tries -> {
        });
    }

    /** With {@code progress} told the number of judged tries after each one (for long runs on a terminal). */
    public Property(Gen<T> generator, Consumer<T> body, IntConsumer progress) {
        this.generator = generator;
        this.body = body;
        this.progress = progress;
    }

    /** Runs the property under {@code settings}. */
    public PropertyResult<T> check(PropertySettings settings) {
        Statistics statistics = new Statistics();
        long deadline = System.nanoTime() + settings.timeBudget().toNanos();
        long maxDiscards = (long) settings.maxDiscardRatio() * settings.tries();
        int tries = 0;
        int discards = 0;
        for (int attempt = 0; tries < settings.tries(); attempt++) {
            if (System.nanoTime() > deadline) {
                return result(tries, discards, settings, "time budget of " + settings.timeBudget(), statistics, null);
            }
            if (discards > maxDiscards) {
                return result(tries, discards, settings, "discard budget of " + maxDiscards, statistics, null);
            }
            long seed = settings.seedOf(attempt);
            Choices choices = Choices.fresh(seed);
            Outcome<T> outcome = attempt(choices, statistics);
            if (outcome.discarded) {
                discards++;
                continue;
            }
            tries++;
            progress.accept(tries);
            if (outcome.failure != null) {
                return result(tries, discards, settings, null, statistics,
                        shrink(seed, outcome.value, choices.tape(), outcome.failure, settings.shrinkBudget()));
            }
        }
        return result(tries, discards, settings, null, statistics, null);
    }

    /** Shrinks towards smaller cases that fail the same way (the same exception class), not just any way. */
    private Counterexample<T> shrink(long seed, T original, long[] tape, Throwable failure, int budget) {
        Shrinker shrinker = new Shrinker(candidate -> sameFailure(attempt(Choices.replay(candidate), null), failure),
                new Regenerator(), budget);
        long[] smallest = shrinker.shrink(tape);
        Outcome<T> last = attempt(Choices.replay(smallest), null);
        boolean stillFails = sameFailure(last, failure);
        return new Counterexample<>(seed, original, stillFails ? last.value : original,
                stillFails ? last.failure : failure, shrinker.attempts());
    }

    /** Replays and continues tapes through this property's generator, for the shrinker. */
    private final class Regenerator implements Shrinker.Regeneration {
        @Override
        public long[] tape(long[] prefix, long seed) {
            Choices choices = Choices.continuing(prefix, seed);
            return generated(choices) ? choices.tape() : null;
        }

        @Override
        public int structure(long[] tape) {
            Choices choices = Choices.replay(tape);
            generated(choices);
            return choices.structure();
        }

        private boolean generated(Choices choices) {
            try {
                generator.generate(choices);
                return true;
            } catch (DiscardedException e) {
                return false;
            }
        }
    }

    private static boolean sameFailure(Outcome<?> outcome, Throwable failure) {
        return !outcome.discarded && outcome.failure != null && outcome.failure.getClass() == failure.getClass();
    }

    /** Generates one value and runs the body on it; {@code statistics} (null while shrinking) records it. */
    private Outcome<T> attempt(Choices choices, Statistics statistics) {
        Outcome<T> outcome = new Outcome<>();
        Runnable run = () -> {
            try {
                outcome.value = generator.generate(choices);
                body.accept(outcome.value);
            } catch (DiscardedException e) {
                outcome.discarded = true;
                outcome.discardReason = e.getMessage();
            } catch (UncheckedCancellation e) {
                throw e; // the caller stopped the run: no failure of the property, nothing to shrink
            } catch (RuntimeException | AssertionError e) {
                outcome.failure = e;
            }
        };
        if (statistics == null) {
            run.run();
        } else {
            statistics.collect(run, () -> outcome.discarded ? outcome.discardReason : null);
        }
        return outcome;
    }

    private PropertyResult<T> result(int tries, int discards, PropertySettings settings, String exhausted,
            Statistics statistics, Counterexample<T> failure) {
        return new PropertyResult<>(tries, discards, settings.seed(), Optional.ofNullable(exhausted), statistics,
                Optional.ofNullable(failure));
    }

    /** Mutable result of one attempt, filled in by the body's runnable. */
    private static final class Outcome<T> {
        T value;
        boolean discarded;
        String discardReason;
        Throwable failure;
    }
}
