package org.lawkeeper.core.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.hipparchus.fraction.BigFraction;
import org.lawkeeper.core.LawkeeperException;
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
import org.lawkeeper.core.model.Model;
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
 */
public final class LawVerifier {
    private static final long WITNESS_SEED = 7L;
    /** Polynomial fields with more terms than this are verified by sampling ({@link #tooLargeToExpand}). */
    public static final int EXPANSION_TERMS_LIMIT = 10_000;

    private LawVerifier() {
    }

    /**
     * Verifies {@code law}, parsed for {@code model} and {@code flow}.
     *
     * @throws SpecException          when the law is not a polynomial in the flow's state
     * @throws LawkeeperException     when the model exceeds {@code limits}
     */
    public static Verification verify(Law law, Model model, Flow flow, Limits limits) throws LawkeeperException {
        long start = System.nanoTime();
        List<Polynomial> entries;
        try {
            entries = law.polynomials();
        } catch (UnsupportedOperationException e) {
            throw new SpecException("cannot verify '" + law.text() + "' exactly: " + e.getMessage());
        }
        if (FlowFields.of(model, flow, limits) instanceof NetworkGenerators network) {
            return sampled(law, entries, model, flow, network, 0, start);
        }
        PolynomialGenerators fields = FlowFields.polynomial(model, flow, limits);
        if (tooLargeToExpand(fields)) {
            return sampled(law, entries, model, flow, fields, fieldDegree(fields), start);
        }
        StateLayout layout = new StateLayout(model, flow);
        for (int e = 0; e < entries.size(); e++) {
            List<Polynomial> rates = rates(entries.get(e), fields);
            for (int g = 0; g < rates.size(); g++) {
                if (!rates.get(g).isZero()) {
                    Witness witness = witness(law.entryNames().get(e), g, rates.get(g), layout);
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
            return new SampledVerifier(network, seed);
        }
        PolynomialGenerators fields = FlowFields.polynomial(model, flow, limits);
        return tooLargeToExpand(fields) ? new SampledVerifier(fields, seed) : h -> isConserved(h, fields);
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
            GeneratingFields fields, int fieldDegree, long start) throws LawkeeperException {
        SampledVerifier verifier = new SampledVerifier(fields, WITNESS_SEED);
        int rateDegree = entries.stream().mapToInt(Polynomial::degree).max().orElse(1) - 1 + fieldDegree;
        for (int e = 0; e < entries.size(); e++) {
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
        return rates(h, fields).stream().allMatch(Polynomial::isZero);
    }

    /** ⟨∇h, χ_g⟩ for every field g, expanded. */
    private static List<Polynomial> rates(Polynomial h, PolynomialGenerators fields) {
        Map<Integer, Polynomial> gradient = new HashMap<>();
        for (int v = 0; v <= h.maxVariable(); v++) {
            Polynomial partial = h.derivative(v);
            if (!partial.isZero()) {
                gradient.put(v, partial);
            }
        }
        List<List<Polynomial>> summands = new ArrayList<>();
        for (int g = 0; g < fields.generatorCount(); g++) {
            summands.add(new ArrayList<>());
        }
        for (FieldTerm t : fields.terms()) {
            Polynomial partial = gradient.get(t.component());
            if (partial != null) {
                summands.get(t.generator()).add(partial.times(Polynomial.term(t.coefficient(), t.monomial())));
            }
        }
        return summands.stream().map(Polynomial::sum).toList();
    }

    /** A point of small positive integers where {@code rate} does not vanish (Schwartz–Zippel: most do). */
    private static Witness witness(String entry, int field, Polynomial rate, StateLayout layout) {
        SplittableRandom random = new SplittableRandom(WITNESS_SEED);
        int n = layout.dimension();
        for (int attempt = 0;; attempt++) {
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
