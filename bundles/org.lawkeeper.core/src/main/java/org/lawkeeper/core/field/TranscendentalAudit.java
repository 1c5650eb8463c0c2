package org.lawkeeper.core.field;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.core.jet.JetArithmetic_MODP;
import org.lawkeeper.core.linalg.Echelon_MODP;
import org.lawkeeper.core.model.net.Network;

/**
 * Checks the assumption under which adjoining random values is exact (docs/ALGORITHMS.md §16): the
 * exponents of the forward pass — of e^z in softmax and sigmoid, and −z²/2 in GELU's Φ' — are linearly
 * independent modulo constants as functions of the data and θ (then their exponentials are algebraically
 * independent, by the Kolchin–Ostrowski theorem), and so are the arguments of Φ. Two data points enter
 * together, since a bracket combines several. The test evaluates the arguments at random points: a
 * relation shows as a rank defect of the matrix [1, z_1, …, z_k] over the points, and an independent set
 * has full rank except with probability at most (degree)/p per minor (Schwartz–Zippel).
 */
final class TranscendentalAudit {
    private static final int MAX_REDRAWS = 1 << 12;

    private TranscendentalAudit() {
    }

    /**
     * Throws when the arguments are dependent, naming the model.
     *
     * @throws LawkeeperException when exact mode cannot treat the model's exponentials as independent
     */
    static void check(NetworkGenerators fields, JetArithmetic_MODP arithmetic, ExactAdjoined.Constants constants,
            SplittableRandom random) throws LawkeeperException {
        // the forward pass is the same at every point, so one pass tells how many arguments there are
        List<List<long[]>> counts = arguments(fields, arithmetic, constants, random);
        check(fields, arithmetic, constants, random, 0, counts.get(0).size(), "the exponents of its e^z (softmax, "
                + "sigmoid, SiLU, tanh, the Gaussian of GELU)");
        check(fields, arithmetic, constants, random, 1, counts.get(1).size(), "the arguments of GELU's Φ");
    }

    private static void check(NetworkGenerators fields, JetArithmetic_MODP arithmetic, ExactAdjoined.Constants constants,
            SplittableRandom random, int kind, int perPoint, String what) throws LawkeeperException {
        if (perPoint == 0) {
            return;
        }
        int columns = 1 + 2 * perPoint;
        Echelon_MODP span = new Echelon_MODP(arithmetic.field(), columns);
        for (int row = 0; row < columns + 2 && span.rank() < columns; row++) {
            long[] values = new long[columns];
            values[0] = 1;
            for (int member = 0; member < 2; member++) {
                List<long[]> arguments = arguments(fields, arithmetic, constants, random).get(kind);
                for (int i = 0; i < perPoint; i++) {
                    values[1 + member * perPoint + i] = arguments.get(i)[0];
                }
            }
            span.add(values);
        }
        if (span.rank() < columns) {
            throw new LawkeeperException("exact mode cannot count " + fields.model().name() + ": " + what
                    + " satisfy a linear relation, so their values are not independent (tied weights, a repeated "
                    + "or constant argument); count it in floating point (--float)");
        }
    }

    /** The exponents and Φ arguments of one forward pass at a random θ and data point. */
    private static List<List<long[]>> arguments(NetworkGenerators fields, JetArithmetic_MODP arithmetic,
            ExactAdjoined.Constants constants, SplittableRandom random) throws LawkeeperException {
        Network network = fields.network();
        int inputs = network.input().tokens() * network.input().features();
        for (int draw = 0; draw < MAX_REDRAWS; draw++) {
            List<long[]> exponents = new ArrayList<>();
            List<long[]> cdfs = new ArrayList<>();
            ExactAdjoined values = new ExactAdjoined(arithmetic.field(), constants, random.nextLong(), exponents, cdfs);
            long[] theta = arithmetic.random(network.parameterCount(), random);
            long[] x = arithmetic.random(inputs, random);
            try {
                network.forward(new JetTape<>(arithmetic, values, 0, theta, 0, network.parameterCount(), x,
                        network.input().features()));
                return List.of(exponents, cdfs);
            } catch (JetTape.DegeneratePoint e) {
                // a square root of a non-square or a zero denominator: draw again
            }
        }
        throw new LawkeeperException("exact mode found no point where the forward pass of " + fields.model().name()
                + " is defined modulo " + arithmetic.field().prime() + " in " + MAX_REDRAWS + " draws");
    }
}
