package org.lawkeeper.core.field;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.WeakHashMap;
import org.lawkeeper.core.jet.JetArithmetic_MODP;
import org.lawkeeper.core.linalg.Echelon_MODP;
import org.lawkeeper.core.linalg.PrimeField;
import org.lawkeeper.core.linalg.RationalConstants;
import org.lawkeeper.core.model.net.Network;

/**
 * Finds the relations between the transcendental values of a forward pass, which decide whether adjoining
 * them as random elements is exact (docs/ALGORITHMS.md §16). The exponentials e^{z_1}, …, e^{z_k} are
 * algebraically independent over the rational functions of the data and θ exactly when no integer
 * combination of the exponents is constant (Kolchin–Ostrowski); likewise for the values Φ(z). Relations
 * show as dependent columns of [1, z_1, …, z_k] evaluated at random points; a false relation survives a
 * random point with probability at most deg/p (Schwartz–Zippel).
 *
 * <p>The relations met in practice are repeats — a score that equals another as a function, as with one
 * feature per token, where (x_t q)(x_u k) = (x_u q)(x_t k) — and zero exponents: those are {@link Ties}, and
 * the tied calls share one value (e^0 = 1, Φ(0) = 1/2). Any other relation, or exponents that do not depend
 * on the data point, leave exact mode unsound for the model: the ties then carry the problem, and the
 * count refuses exact mode with it.
 */
final class TranscendentalAudit {
    private static final long SEED = 0xA0D17L;
    private static final int MAX_REDRAWS = 1 << 12;

    private final Network network;
    private final String model;
    private final JetArithmetic_MODP arithmetic;
    private final ExactAdjoined.Constants constants;
    private final SplittableRandom random;

    private TranscendentalAudit(Network network, String model, PrimeField field) {
        this.network = network;
        this.model = model;
        this.arithmetic = new JetArithmetic_MODP(field);
        this.random = new SplittableRandom(SEED);
        this.constants = new ExactAdjoined.Constants(field, random.split());
    }

    /** Audits are kept per network: a count, a search and a verification of one model share one. */
    private static final Map<Network, Ties> AUDITED = Collections.synchronizedMap(new WeakHashMap<>());

    /** The ties of {@code network}'s forward pass, audited modulo a prime that {@code fields} suit. */
    static Ties audit(NetworkGenerators fields) {
        return AUDITED.computeIfAbsent(fields.network(), network -> new TranscendentalAudit(network,
                fields.model().name(), fields.primes(new SplittableRandom(SEED), 1, RationalConstants.NONE).getFirst()).ties());
    }

    private Ties ties() {
        // the forward pass is the same at every point, so one pass tells how many calls there are
        Pass shape = pass(randomTheta());
        int exps = shape.exponents.size();
        int cdfs = shape.cdfArguments.size();
        if (exps + cdfs == 0) {
            return Ties.none();
        }
        // enough points for the joint columns of two data points: 1 + 2·(exponents + Gaussians + Φ arguments)
        int points = 2 * (exps + 2 * cdfs) + 4;
        List<Pass> first = new ArrayList<>();
        List<Pass> second = new ArrayList<>();
        for (int p = 0; p < points; p++) {
            long[] theta = randomTheta();
            first.add(pass(theta));
            second.add(pass(theta));
        }
        int[] expTies = repeats(first, true, exps);
        int[] cdfTies = repeats(first, false, cdfs);
        String problem = null;
        if (!independent(List.of(first), expTies, cdfTies)) {
            problem = "the exponents of its exponentials (softmax, sigmoid, SiLU, tanh, GELU) or the arguments of"
                    + " its Φ satisfy a linear relation other than a repeat";
        } else if (!independent(List.of(first, second), expTies, cdfTies)) {
            problem = "some of its exponents do not depend on the data point";
        }
        return new Ties(expTies, cdfTies, problem == null ? null : "exact mode cannot count " + model + ": "
                + problem + ", so their values are not independent; count it in floating point (--float)");
    }

    /** For each call, the earlier call with the same argument at every point, {@link Ties#ONE} for zero, else fresh. */
    private static int[] repeats(List<Pass> passes, boolean exponentials, int calls) {
        int[] ties = new int[calls];
        for (int i = 0; i < calls; i++) {
            long[] column = column(passes, exponentials, i);
            ties[i] = Arrays.stream(column).allMatch(v -> v == 0) ? Ties.ONE : Ties.FRESH;
            for (int j = 0; j < i && ties[i] == Ties.FRESH; j++) {
                if (ties[j] == Ties.FRESH && Arrays.equals(column, column(passes, exponentials, j))) {
                    ties[i] = j;
                }
            }
        }
        return ties;
    }

    /**
     * Whether the untied exponents (with the Gaussian exponents −z²/2 of Φ) are independent modulo constants,
     * and the untied Φ arguments too, over the points of the given members taken side by side.
     */
    private static boolean independent(List<List<Pass>> members, int[] expTies, int[] cdfTies) {
        return full(members, expTies, cdfTies, true) && full(members, expTies, cdfTies, false);
    }

    private static boolean full(List<List<Pass>> members, int[] expTies, int[] cdfTies, boolean exponents) {
        List<long[]> columns = new ArrayList<>();
        for (List<Pass> member : members) {
            if (exponents) {
                fresh(member, true, expTies, columns);
                for (int j = 0; j < cdfTies.length; j++) {
                    if (cdfTies[j] == Ties.FRESH) {
                        columns.add(gaussianExponents(member, j));
                    }
                }
            } else {
                fresh(member, false, cdfTies, columns);
            }
        }
        if (columns.isEmpty()) {
            return true;
        }
        PrimeField field = members.get(0).get(0).field;
        int points = members.get(0).size();
        Echelon_MODP span = new Echelon_MODP(field, columns.size() + 1);
        for (int p = 0; p < points; p++) {
            long[] row = new long[columns.size() + 1];
            row[0] = 1;
            for (int c = 0; c < columns.size(); c++) {
                row[c + 1] = columns.get(c)[p];
            }
            span.add(row);
        }
        return span.rank() == columns.size() + 1;
    }

    private static void fresh(List<Pass> passes, boolean exponentials, int[] ties, List<long[]> columns) {
        for (int i = 0; i < ties.length; i++) {
            if (ties[i] == Ties.FRESH) {
                columns.add(column(passes, exponentials, i));
            }
        }
    }

    private static long[] column(List<Pass> passes, boolean exponentials, int call) {
        return passes.stream().mapToLong(p -> (exponentials ? p.exponents : p.cdfArguments).get(call)[0]).toArray();
    }

    private static long[] gaussianExponents(List<Pass> passes, int call) {
        return passes.stream().mapToLong(p -> {
            long z = p.cdfArguments.get(call)[0];
            return p.field.negate(p.field.multiply(p.field.multiply(z, z), p.field.inverse(2)));
        }).toArray();
    }

    /** The arguments of one forward pass. */
    private record Pass(PrimeField field, List<long[]> exponents, List<long[]> cdfArguments) {
    }

    private long[] randomTheta() {
        return arithmetic.random(network.parameterCount(), random);
    }

    /** A forward pass at {@code theta} and a random data point (drawn again where the pass is undefined). */
    private Pass pass(long[] theta) {
        int inputs = network.input().tokens() * network.input().features();
        for (int draw = 0; draw < MAX_REDRAWS; draw++) {
            List<long[]> exponents = new ArrayList<>();
            List<long[]> cdfs = new ArrayList<>();
            ExactAdjoined values = new ExactAdjoined(arithmetic.field(), constants, Ties.none(), random.nextLong(),
                    exponents, cdfs);
            long[] x = arithmetic.random(inputs, random);
            try {
                network.forward(new JetTape<>(arithmetic, values, 0, theta, 0, network.parameterCount(), x,
                        network.input().features()));
                return new Pass(arithmetic.field(), exponents, cdfs);
            } catch (JetTape.DegeneratePoint e) {
                // a square root of a non-square or a zero denominator: draw again
            }
        }
        throw new ArithmeticException("no point where the forward pass of " + model + " is defined modulo "
                + arithmetic.field().prime() + " in " + MAX_REDRAWS + " draws");
    }
}
