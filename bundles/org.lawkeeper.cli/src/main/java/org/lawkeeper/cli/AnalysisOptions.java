package org.lawkeeper.cli;

import java.time.Duration;
import java.util.Set;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.count.CountOptions;

/** The options shared by the analysing commands, turned into {@link CountOptions}. */
final class AnalysisOptions {
    static final Set<String> VALUED = Set.of("seed", "timeout", "max-dimension", "max-depth", "tolerance");
    static final Set<String> FLAGS = Set.of("float");
    /**
     * The largest state dimension {@code count} takes by default: about ten minutes on this project's shared
     * 2-core machine, where linear:100,100,100 gf (D = 20,000) took 11.5–12.5 minutes (README, bench). Its two
     * spans need at most 1.6 GB; a heap too small for them is refused before the count starts.
     */
    static final int COUNT_MAX_DIMENSION = 20_000;

    private AnalysisOptions() {
    }

    /** The options' usage lines with the default limits. */
    static String usage() {
        return usage(Limits.DEFAULT.maxStateDimension());
    }

    /**
     * The options' usage lines, with {@code maxDimension} as the default of {@code --max-dimension}. Built on
     * demand: formatting a number loads the locale's data, a tenth of a small count's one-shot call.
     */
    static String usage(int maxDimension) {
        return """
                  --float              floating point (EJML, relative tolerance) instead of exact ranks mod p;
                                       refused unless robust to the tolerance and the random point
                  --tolerance T        floating-point tolerance (default 1e-9)
                  --seed N             seed of the primes, random points and combinations (default %d)
                  --timeout SECONDS    give up after this long (exit code 2)
                  --max-dimension N    refuse state dimensions above N (default %d)
                  --max-depth K        give up when brackets deeper than K raise the rank (default %d)
                """.formatted(CountOptions.DEFAULT_SEED, maxDimension, CountOptions.defaults().maxDepth());
    }

    static CountOptions from(Arguments arguments, Cancellation cancellation) throws UsageException {
        CountOptions defaults = CountOptions.defaults();
        long maxDepth = arguments.integer("max-depth", defaults.maxDepth());
        if (maxDepth < 1 || maxDepth > 30) {
            throw new UsageException("--max-depth must lie between 1 and 30, got " + maxDepth);
        }
        double tolerance = arguments.positive("tolerance", defaults.tolerance());
        if (tolerance >= 1) {
            throw new UsageException("--tolerance must be below 1, got " + tolerance);
        }
        return defaults.withExact(!arguments.flag("float"))
                .withSeed(arguments.integer("seed", defaults.seed()))
                .withTolerance(tolerance)
                .withMaxDepth((int) maxDepth)
                .withLimits(limits(arguments))
                .withCancellation(timeout(arguments, cancellation));
    }

    /**
     * {@code cancellation}, with the deadline of {@code --timeout} when one is given: any positive number of
     * seconds; a budget too long to count in nanoseconds (about 292 years) never expires.
     */
    static Cancellation timeout(Arguments arguments, Cancellation cancellation) throws UsageException {
        if (arguments.text("timeout", null) == null) {
            return cancellation;
        }
        double seconds = arguments.positive("timeout", 1);
        return cancellation.withBudget(Duration.ofNanos(Math.max(1, Math.round(seconds * 1e9))));
    }

    /** The default limits with the state dimension of {@code --max-dimension}. */
    static Limits limits(Arguments arguments) throws UsageException {
        return limits(arguments, Limits.DEFAULT.maxStateDimension());
    }

    /** The same when {@code --max-dimension} defaults to {@code defaultMaxDimension}. */
    static Limits limits(Arguments arguments, int defaultMaxDimension) throws UsageException {
        long maxDimension = arguments.integer("max-dimension", defaultMaxDimension);
        if (maxDimension < 1 || maxDimension > Integer.MAX_VALUE) {
            throw new UsageException("--max-dimension must be a positive whole number, got " + maxDimension);
        }
        return Limits.DEFAULT.withMaxStateDimension((int) maxDimension);
    }
}
