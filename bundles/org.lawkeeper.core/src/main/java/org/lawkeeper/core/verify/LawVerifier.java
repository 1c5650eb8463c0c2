package org.lawkeeper.core.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.hipparchus.fraction.BigFraction;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.CancelledException;
import org.lawkeeper.core.Excerpt;
import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.core.LimitExceededException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.SpecException;
import org.lawkeeper.core.field.FieldTerm;
import org.lawkeeper.core.field.FlowFields;
import org.lawkeeper.core.field.GeneratingFields;
import org.lawkeeper.core.field.NetworkGenerators;
import org.lawkeeper.core.field.PolynomialGenerators;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.law.Law;
import org.lawkeeper.core.law.StateLayout;
import org.lawkeeper.core.linalg.RationalConstants;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.polynomial.Monomial;
import org.lawkeeper.core.polynomial.Polynomial;

/**
 * Decides exactly whether a law is conserved: h is a law iff ⟨∇h, χ_i⟩ ≡ 0 for every generating field
 * χ_i of the flow (docs/THEORY.md §2.2). Each ⟨∇h, χ_i⟩ is expanded symbolically with exact rationals, so the
 * verdict is a polynomial identity, not a probabilistic test. When one does not vanish, a point with
 * small positive integer coordinates where it is non-zero is returned as a witness.
 *
 * <p>Natural gradient is checked against the Euclidean fields ∇φ_i: its fields (JᵀJ)^†∇φ_i span
 * exactly the same space at every point, because (JᵀJ)^† maps range(Jᵀ) = span{∇φ_i} onto itself
 * bijectively; so the two sets of conditions are equivalent.
 *
 * <p>A network without a finite factorisation has no polynomial fields to expand, and polynomial fields with
 * more than {@link #EXPANSION_TERMS_LIMIT} terms are too large to expand for every entry of a law; their
 * laws are decided by sampling modulo primes instead ({@link Sampling}), and the verdict says so.
 *
 * <p>Verification is bounded: the term products of all ⟨∇h, χ_i⟩ are counted before they are formed and
 * may not exceed {@link Limits#maxTerms()}, and the {@link Cancellation} is polled at every product.
 */
public final class LawVerifier {
    private static final long WITNESS_SEED = 7L;
    /** Polynomial fields with more terms than this are verified by sampling ({@link #tooLargeToExpand}). */
    public static final int EXPANSION_TERMS_LIMIT = 10_000;

    private LawVerifier() {
    }

    /**
     * Verifies {@code law}, parsed for {@code model} and {@code flow}, without a deadline.
     *
     * @throws SpecException          when the law is not a polynomial in the flow's state
     * @throws LawkeeperException     when the model or the verification exceeds {@code limits}
     */
    public static Verification verify(Law law, Model model, Flow flow, Limits limits) throws LawkeeperException {
        return verify(law, model, flow, limits, Cancellation.none());
    }

    /**
     * Verifies {@code law}, parsed for {@code model} and {@code flow}, polling {@code cancellation}.
     *
     * @throws SpecException          when the law is not a polynomial in the flow's state
     * @throws LimitExceededException when the model or the verification exceeds {@code limits}
     * @throws CancelledException     when {@code cancellation} is raised or the thread interrupted meanwhile
     * @throws LawkeeperException     when the model cannot be evaluated
     */
    public static Verification verify(Law law, Model model, Flow flow, Limits limits, Cancellation cancellation)
            throws LawkeeperException {
        long start = System.nanoTime();
        List<Polynomial> entries;
        try {
            entries = law.polynomials();
        } catch (UnsupportedOperationException e) {
            throw new SpecException("cannot verify '" + Excerpt.shorten(law.text()) + "' exactly: " + e.getMessage());
        }
        if (FlowFields.of(model, flow, limits) instanceof NetworkGenerators network) {
            return sampled(law, entries, model, flow, network, 0, start, cancellation);
        }
        PolynomialGenerators fields = FlowFields.polynomial(model, flow, limits);
        if (tooLargeToExpand(fields)) {
            return sampled(law, entries, model, flow, fields, fieldDegree(fields), start, cancellation);
        }
        StateLayout layout = new StateLayout(model, flow);
        List<Map<Integer, Polynomial>> gradients = new ArrayList<>();
        long products = 0;
        for (Polynomial entry : entries) {
            cancellation.check();
            gradients.add(gradient(entry));
            products += products(gradients.getLast(), fields);
        }
        if (products > limits.maxTerms()) {
            throw new LimitExceededException(LimitExceededException.Limit.SIZE, "verifying the law takes " + products
                    + " term products with the flow's fields, above the limit " + limits.maxTerms());
        }
        for (int e = 0; e < entries.size(); e++) {
            List<Polynomial> rates = rates(gradients.get(e), fields, cancellation::check);
            for (int g = 0; g < rates.size(); g++) {
                if (!rates.get(g).isZero()) {
                    Witness witness = witness(law.entryNames().get(e), g, rates.get(g), layout, cancellation);
                    return new Verification(law.text(), model.name(), flow.spec(), entries.size(),
                            fields.generatorCount(), false, Optional.of(witness), Optional.empty(), seconds(start));
                }
            }
        }
        return new Verification(law.text(), model.name(), flow.spec(), entries.size(), fields.generatorCount(), true,
                Optional.empty(), Optional.empty(), seconds(start));
    }

    /**
     * The test of conservation for {@code model} under {@code flow}: exact for polynomial fields, sampled
     * modulo primes (seeded by {@code seed}) for a network's data-indexed fields.
     *
     * @throws LawkeeperException when the model exceeds {@code limits} or cannot be evaluated exactly
     */
    public static ConservationTest test(Model model, Flow flow, Limits limits, long seed) throws LawkeeperException {
        if (FlowFields.of(model, flow, limits) instanceof NetworkGenerators network) {
            return new SampledVerifier(network, seed, RationalConstants.NONE);
        }
        PolynomialGenerators fields = FlowFields.polynomial(model, flow, limits);
        return tooLargeToExpand(fields) ? new SampledVerifier(fields, seed, RationalConstants.NONE) : h -> isConserved(h, fields);
    }

    /**
     * Whether expanding ⟨∇h, χ_i⟩ would cost more than sampling it: each law entry's expansion visits every
     * term of the fields, and a family of a large model has hundreds of entries (balancedness of
     * linear:30,30,30: 465 entries × 54,000 terms took 93 s on a loaded 2-core machine; sampled, under a second).
     */
    public static boolean tooLargeToExpand(PolynomialGenerators fields) {
        return fields.terms().size() > EXPANSION_TERMS_LIMIT;
    }

    /** The highest degree of a component of the fields. */
    private static int fieldDegree(PolynomialGenerators fields) {
        return fields.terms().stream().mapToInt(t -> t.monomial().degree()).max().orElse(0);
    }

    private static Verification sampled(Law law, List<Polynomial> entries, Model model, Flow flow,
            GeneratingFields fields, int fieldDegree, long start, Cancellation cancellation) throws LawkeeperException {
        SampledVerifier verifier = new SampledVerifier(fields, WITNESS_SEED, RationalConstants.ofPolynomials(entries));
        int rateDegree = entries.stream().mapToInt(Polynomial::degree).max().orElse(1) - 1 + fieldDegree;
        for (int e = 0; e < entries.size(); e++) {
            cancellation.check();
            if (!verifier.isConserved(entries.get(e))) {
                String entry = law.entryNames().get(e);
                String failure = (entry.isEmpty() ? "the law" : "entry " + entry) + " changes along "
                        + (fields instanceof NetworkGenerators ? "χ_{x,w}" : "a generating field")
                        + ": ⟨∇h, χ⟩ ≠ 0 at a random sample modulo a prime; "
                        + FloatRate.describe(entries.get(e), fields, WITNESS_SEED);
                return new Verification(law.text(), model.name(), flow.spec(), entries.size(),
                        verifier.samplesPerPrime(), false, Optional.empty(),
                        Optional.of(verifier.sampling(failure, rateDegree)), seconds(start));
            }
        }
        return new Verification(law.text(), model.name(), flow.spec(), entries.size(), verifier.samplesPerPrime(),
                true, Optional.empty(), Optional.of(verifier.sampling("", rateDegree)), seconds(start));
    }

    /** Whether the polynomial {@code h} in the state coordinates is conserved by {@code fields}. */
    public static boolean isConserved(Polynomial h, PolynomialGenerators fields) {
        return rates(gradient(h), fields, () -> { }).stream().allMatch(Polynomial::isZero);
    }

    /** A check between units of work that may stop them: a cancellation, or nothing. */
    @FunctionalInterface
    private interface Poll<E extends Exception> {
        void check() throws E;
    }

    /** ∇h as its non-zero partial derivatives, by variable: only the variables h has, not all up to the last. */
    private static Map<Integer, Polynomial> gradient(Polynomial h) {
        Set<Integer> variables = new TreeSet<>();
        for (Monomial m : h.terms().keySet()) {
            for (int v : m.support()) {
                variables.add(v);
            }
        }
        Map<Integer, Polynomial> gradient = new HashMap<>();
        for (int v : variables) {
            gradient.put(v, h.derivative(v));
        }
        return gradient;
    }

    /** The term products {@link #rates} forms: one per term of ∂h/∂x_c and field term of component c. */
    private static long products(Map<Integer, Polynomial> gradient, PolynomialGenerators fields) {
        long products = 0;
        for (FieldTerm t : fields.terms()) {
            Polynomial partial = gradient.get(t.component());
            products += partial == null ? 0 : partial.termCount();
        }
        return products;
    }

    /** ⟨∇h, χ_g⟩ for every field g, expanded; {@code poll} runs before every product. */
    private static <E extends Exception> List<Polynomial> rates(Map<Integer, Polynomial> gradient,
            PolynomialGenerators fields, Poll<E> poll) throws E {
        List<List<Polynomial>> summands = new ArrayList<>();
        for (int g = 0; g < fields.generatorCount(); g++) {
            summands.add(new ArrayList<>());
        }
        for (FieldTerm t : fields.terms()) {
            Polynomial partial = gradient.get(t.component());
            if (partial != null) {
                poll.check();
                summands.get(t.generator()).add(partial.times(Polynomial.term(t.coefficient(), t.monomial())));
            }
        }
        return summands.stream().map(Polynomial::sum).toList();
    }

    /** A point of small positive integers where {@code rate} does not vanish (Schwartz–Zippel: most do). */
    private static Witness witness(String entry, int field, Polynomial rate, StateLayout layout,
            Cancellation cancellation) throws CancelledException {
        SplittableRandom random = new SplittableRandom(WITNESS_SEED);
        int n = layout.dimension();
        for (int attempt = 0;; attempt++) {
            cancellation.check();
            // a non-zero polynomial of degree k vanishes at a random point of {1..r}^n with probability ≤ k/r;
            // widen r now and then, should the degree be high
            int range = 9 << Math.min(attempt / 40, 20);
            BigFraction[] point = new BigFraction[n];
            for (int i = 0; i < n; i++) {
                point[i] = new BigFraction(1 + random.nextInt(range));
            }
            BigFraction value = rate.evaluate(point);
            if (value.getNumerator().signum() != 0) {
                // only the coordinates the rate depends on: the others may take any value
                Map<String, BigFraction> named = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    if (!rate.derivative(i).isZero()) {
                        named.put(layout.coordinateName(i), point[i]);
                    }
                }
                return new Witness(entry, field, describeField(field, layout), named, value);
            }
        }
    }

    private static String describeField(int field, StateLayout layout) {
        if (!layout.hasTime()) {
            return "χ_" + (field + 1) + " (from φ_" + (field + 1) + ")";
        }
        return field == 0 ? "the drift χ_0" : "the force χ_" + field + " (from φ_" + field + ")";
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
