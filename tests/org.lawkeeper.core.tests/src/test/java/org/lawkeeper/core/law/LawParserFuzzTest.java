package org.lawkeeper.core.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.CancelledException;
import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelSpec;
import org.lawkeeper.core.verify.LawVerifier;

/**
 * Issue 12: 10,000 seeded random and adversarial law texts — pieces of the language in random order,
 * deep nesting, long chains, long postfix chains, huge exponents and numbers, unicode and junk, and
 * mutations of valid laws. Each is parsed and, when it parses, its entries are evaluated and (when
 * polynomial) verified exactly on a small model. Every input must finish within its budget of time and
 * memory, and may only fail with one of Lawkeeper's exceptions carrying a one-line message of at most
 * {@value #MAX_MESSAGE} characters.
 */
class LawParserFuzzTest {
    private static final int INPUTS = 10_000;
    private static final int MAX_MESSAGE = 200;
    /** Each input's deadline, polled by parsing, expansion and verification. */
    private static final Duration BUDGET = Duration.ofSeconds(1);
    /** The time an input may take at most: its budget plus generous slack for a loaded machine. */
    private static final long CEILING_NANOS = Duration.ofSeconds(4).toNanos();
    private static final long MAX_ALLOCATED_BYTES = 256L << 20;
    /** Verification limits of an interactive use: small, so that no verification takes long. */
    private static final Limits LIMITS = new Limits(200, 50_000);

    private static final List<String> PIECES = List.of("U1", "U2", "W1", "W2", "b1", "W", "t", "tau", "wd", "T", "'",
            "^", "^T", "*", "/", "+", "-", "(", ")", "[", "]", ",", ":", "1", "2", "0", "3", "0.5", "1/2", "exp(",
            "skew(", "sym(", "tr(", "sum(", "norm2(", "rows", "cols", " ", "[1,1]", "[2]", "[:,1]", "$", ".",
            "9999999999999", "é", "\t", "\n", "^64", "^9");
    private static final List<String> VALID = List.of("U1^T*U1 - U2*U2^T", "norm2(W1, rows) - norm2(W2, cols)",
            "exp(tau*t)*skew(U1^T*U1' + U2*U2'^T)", "tr(U1*U1^T)/2 + sum(U2)^2", "sym(U1)[1:2,1]*2/3",
            "W1[1,:]*W1[1,:]^T - W2[:,1]^T*W2[:,1]", "exp(2*wd*t)*(b1^T*b1)");
    private static final List<Function<SplittableRandom, String>> GENERATORS = List.of(
            LawParserFuzzTest::pieces, LawParserFuzzTest::nesting, LawParserFuzzTest::chain,
            LawParserFuzzTest::postfix, LawParserFuzzTest::power, LawParserFuzzTest::number,
            LawParserFuzzTest::junk, LawParserFuzzTest::mutation);

    @Test
    void tenThousandHostileLawsEndQuicklyInOneLineOrAResult() throws Exception {
        List<Model> models = List.of(ModelSpec.parse("linear:2,2,2").build(Limits.DEFAULT),
                ModelSpec.parse("relu:2,2,2+bias").build(Limits.DEFAULT));
        List<Flow> flows = List.of(FlowSpec.parse("gf"), FlowSpec.parse("momentum:tau=1/2"),
                FlowSpec.parse("nesterov"), FlowSpec.parse("gf:wd=1/10"));
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().threadId();
        SplittableRandom random = new SplittableRandom(20261202L);
        int parsed = 0;
        int verified = 0;
        List<String> timeouts = new ArrayList<>();
        for (int input = 0; input < INPUTS; input++) {
            String text = GENERATORS.get(input % GENERATORS.size()).apply(random);
            Model model = models.get(random.nextInt(models.size()));
            Flow flow = flows.get(random.nextInt(flows.size()));
            String label = "input " + input + " on " + model.name() + " under " + flow.spec() + ": "
                    + text.substring(0, Math.min(120, text.length()));
            long allocated = threads.getThreadAllocatedBytes(thread);
            long start = System.nanoTime();
            try {
                Cancellation cancellation = Cancellation.after(BUDGET);
                Law law = LawParser.parse(text, model, flow, cancellation);
                parsed++;
                double[] values = law.evaluate(0.25, new double[model.parameterCount()],
                        new double[flow.hasMomentum() ? model.parameterCount() : 0]);
                assertEquals(law.size(), values.length, label);
                if (law.isPolynomial()) {
                    LawVerifier.verify(law, model, flow, LIMITS, cancellation);
                    verified++;
                }
            } catch (CancelledException e) {
                timeouts.add(label);
            } catch (LawkeeperException e) {
                String message = e.getMessage();
                assertTrue(message.lines().count() == 1 && message.length() <= MAX_MESSAGE,
                        label + "\n → " + message.length() + " characters: " + message);
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError(label + " threw " + e, e);
            }
            long nanos = System.nanoTime() - start;
            long bytes = threads.getThreadAllocatedBytes(thread) - allocated;
            assertTrue(nanos <= CEILING_NANOS, label + " took " + nanos / 1e9 + " s");
            assertTrue(bytes <= MAX_ALLOCATED_BYTES, label + " allocated " + (bytes >> 20) + " MB");
        }
        assertTrue(parsed > 500 && verified > 300, "the inputs should also hold valid laws: " + parsed + " parsed, "
                + verified + " verified");
        // the limits, not the deadline, should stop hostile input: only a rare input may run out of time
        assertTrue(timeouts.size() <= INPUTS / 200, timeouts.size() + " inputs timed out, e.g. " + timeouts);
    }

    /** One input in 32 of a kind is huge: enough to find what grows with size, cheap enough in all. */
    private static boolean rarely(SplittableRandom random) {
        return random.nextInt(32) == 0;
    }

    private static String pieces(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(20);
        for (int k = 0; k < length; k++) {
            text.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return text.toString();
    }

    /** Parentheses, calls, signs or brackets nested up to thousands deep, balanced or not. */
    private static String nesting(SplittableRandom random) {
        int depth = 1 + random.nextInt(rarely(random) ? 20_000 : 250);
        String open = List.of("(", "exp(", "tr(", "sum(", "-", "sym(", "U1[").get(random.nextInt(7));
        String close = open.equals("-") ? "" : open.equals("U1[") ? "]" : ")";
        String atom = List.of("1", "t", "U1[1,1]", "U1", "W1").get(random.nextInt(5));
        return open.repeat(depth) + atom + close.repeat(random.nextBoolean() ? depth : random.nextInt(depth + 1));
    }

    /** Associative chains of up to 10,000 operators. */
    private static String chain(SplittableRandom random) {
        int length = 1 + random.nextInt(rarely(random) ? 10_000 : 64);
        String operator = List.of("+", "*", "-", "/", "*-").get(random.nextInt(5));
        String atom = List.of("1", "2", "U1[1,1]", "U1", "t", "tau", "b1").get(random.nextInt(7));
        return (atom + operator).repeat(length) + atom;
    }

    /** Postfix chains of up to 60,000 operators. */
    private static String postfix(SplittableRandom random) {
        int length = 1 + random.nextInt(rarely(random) ? 60_000 : 300);
        String operator = List.of("^0", "^T", "[1]", "'", "^1", "[1,1]", "[:,1]").get(random.nextInt(7));
        return List.of("U1", "U1[1,1]", "W1", "b1").get(random.nextInt(4)) + operator.repeat(length);
    }

    /** Powers and products of powers, up to huge exponents. */
    private static String power(SplittableRandom random) {
        String base = List.of("sum(U1)", "sum(W1)", "(U1[1,1]+1)", "norm2(U1)", "tr(U1*U1^T)", "(t+1)", "exp(t)")
                .get(random.nextInt(7));
        String exponent = switch (random.nextInt(3)) {
            case 0 -> "9".repeat(1 + random.nextInt(400));
            case 1 -> String.valueOf(60 + random.nextInt(20)); // around the degree bound
            default -> String.valueOf(random.nextInt(8));
        };
        String power = base + "^" + exponent;
        return random.nextBoolean() ? power : "(" + power + ")*(" + base + "^" + random.nextInt(40) + ")^"
                + random.nextInt(5);
    }

    /** Numbers of up to 100,000 digits, as values, divisors, exponents and indices. */
    private static String number(SplittableRandom random) {
        String digits = String.valueOf(1 + random.nextInt(9)).repeat(1 + random.nextInt(rarely(random) ? 100_000 : 30));
        return switch (random.nextInt(5)) {
            case 0 -> digits + "*U1[1,1]";
            case 1 -> "U1[1,1]/" + digits;
            case 2 -> "0." + digits + "*t - 1/" + digits + ".5";
            case 3 -> "U1[" + digits + ",1]";
            default -> "U1[1,1]^" + digits;
        };
    }

    /** Random code points: controls, unpaired surrogates, emoji, letters of other scripts. */
    private static String junk(SplittableRandom random) {
        StringBuilder text = new StringBuilder(random.nextBoolean() ? "U1[1,1] + " : "");
        int length = 1 + random.nextInt(rarely(random) ? 120_000 : 30);
        for (int k = 0; k < length; k++) {
            switch (random.nextInt(4)) {
                case 0 -> text.append((char) random.nextInt(0x20));
                case 1 -> text.append((char) (0xD800 + random.nextInt(0x800)));
                case 2 -> text.appendCodePoint(0x1F300 + random.nextInt(0x300));
                default -> text.appendCodePoint(random.nextInt(0x3000));
            }
        }
        return text.toString();
    }

    /** A valid law with characters inserted, deleted or replaced. */
    private static String mutation(SplittableRandom random) {
        StringBuilder text = new StringBuilder(VALID.get(random.nextInt(VALID.size())));
        int edits = random.nextInt(4);
        for (int k = 0; k < edits && !text.isEmpty(); k++) {
            int at = random.nextInt(text.length());
            String piece = PIECES.get(random.nextInt(PIECES.size()));
            switch (random.nextInt(3)) {
                case 0 -> text.insert(at, piece);
                case 1 -> text.deleteCharAt(at);
                default -> text.replace(at, at + 1, piece);
            }
        }
        return text.toString();
    }
}
