package org.lawkeeper.core.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.hipparchus.fraction.BigFraction;
import org.lawkeeper.core.InconsistentResultException;
import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.core.count.CountResult;
import org.lawkeeper.core.count.LawCounter;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.field.FieldSamples;
import org.lawkeeper.core.field.FlowFields;
import org.lawkeeper.core.field.GeneratingFields;
import org.lawkeeper.core.field.NetworkGenerators;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.jet.JetArithmetic_MODP;
import org.lawkeeper.core.law.LawPrinter;
import org.lawkeeper.core.law.StateLayout;
import org.lawkeeper.core.linalg.Echelon_MODP;
import org.lawkeeper.core.linalg.GradientSpan_MODP;
import org.lawkeeper.core.linalg.ModularPolynomials;
import org.lawkeeper.core.linalg.PrimeField;
import org.lawkeeper.core.linalg.RationalConstants;
import org.lawkeeper.core.linalg.RationalReconstruction;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.polynomial.Monomial;
import org.lawkeeper.core.polynomial.Polynomial;
import org.lawkeeper.core.verify.ConservationTest;
import org.lawkeeper.core.verify.LawVerifier;

/**
 * Finds explicit polynomial laws (docs/ALGORITHMS.md §10) and certifies them against the count (§11).
 *
 * <p>For a block of unknown coefficients a_α of P = Σ a_α m_α, the conditions ⟨∇P, χ_i⟩ ≡ 0 are
 * linear in a. Their rows are built by evaluating ⟨∇m_α, χ_i⟩ at random points of F_p — never by
 * expanding a generic polynomial — until a new point adds no rank; a non-law surviving that has
 * probability at most deg/p (Schwartz–Zippel). The null space, read from the reduced echelon form,
 * gives rational coefficients by rational reconstruction; every candidate is then verified exactly
 * ({@link LawVerifier}) and kept only when its gradient is independent, at a random point, of the laws
 * kept before (so constants, products and powers of laws drop out). Degrees 1, 2, … are tried until
 * as many laws are found as the count allows, or the degree bound is reached. Finally the laws are
 * grouped into known families ({@link LawFamilies}), whose verified laws also count towards the
 * lower bound (Nesterov's t³ laws, of degree 5, are found that way when the degree bound is lower).
 *
 * <p>Natural gradient is searched with the Euclidean fields, which span the same distribution. A network
 * without a finite factorisation has its conditions sampled from random members of its data-indexed
 * family, its candidates limited to polynomials within one block ({@link NetworkSearchPlan}), and its laws
 * verified by sampling modulo two primes ({@link LawVerifier#test}).
 */
public final class LawSearch {
    private final StateLayout layout;
    private final ConservationTest test;
    private final SearchOptions options;
    private final PrimeField field;
    private final FieldSamples samples;
    private final GradientSpan_MODP independent;

    private LawSearch(StateLayout layout, GeneratingFields fields, ConservationTest test, SearchOptions options) {
        this.layout = layout;
        this.test = test;
        this.options = options;
        SplittableRandom random = new SplittableRandom(options.counting().seed());
        this.field = fields.primes(random, 1, RationalConstants.NONE).getFirst();
        JetArithmetic_MODP arithmetic = new JetArithmetic_MODP(field);
        this.independent = new GradientSpan_MODP(field, arithmetic.random(fields.stateDimension(), random));
        this.samples = new FieldSamples(fields, field, random.split());
    }

    /**
     * Searches the polynomial laws of {@code model} under {@code flow}.
     *
     * @throws LawkeeperException on exceeded limits, cancellation, or an inconsistency between the
     *                            modular and the exact computation (rerun with another seed)
     */
    public static SearchResult search(Model model, Flow flow, SearchOptions options) throws LawkeeperException {
        long start = System.nanoTime();
        return search(model, flow, options, LawCounter.count(model, flow, options.counting()), start);
    }

    /**
     * Searches the polynomial laws of {@code model} under {@code flow}, whose laws were counted already:
     * {@code count} must come from {@link LawCounter#count} with {@code options.counting()}.
     *
     * @throws LawkeeperException on exceeded limits, cancellation, or an inconsistency between the
     *                            modular and the exact computation (rerun with another seed)
     */
    public static SearchResult search(Model model, Flow flow, SearchOptions options, CountResult count)
            throws LawkeeperException {
        return search(model, flow, options, count, System.nanoTime());
    }

    private static SearchResult search(Model model, Flow flow, SearchOptions options, CountResult count, long start)
            throws LawkeeperException {
        StateLayout layout = new StateLayout(model, flow);
        Limits limits = options.counting().limits();
        GeneratingFields fields = FlowFields.of(model, flow, limits);
        boolean sampled = fields instanceof NetworkGenerators;
        ConservationTest test = LawVerifier.test(model, flow, limits, options.counting().seed());
        LawSearch search = new LawSearch(layout, fields, test, options);
        CandidatePlan plan = sampled ? new NetworkSearchPlan(layout, options.maxUnknowns())
                : new SearchPlan(layout, FlowFields.polynomial(model, flow, limits), options.maxUnknowns());
        List<FoundLaw> laws = new ArrayList<>();
        // the unknowns of every block solved so far: a block inside one of them can add no law
        List<Set<Monomial>> searched = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int degree = 0;
        // At scale the templates first: when their verified laws already reach the count, the list is complete
        // without solving the monomial system, whose blocks grow as D^degree (docs/ALGORITHMS.md §11).
        boolean large = !sampled && LawVerifier.tooLargeToExpand(FlowFields.polynomial(model, flow, limits));
        Optional<Recognition> closing = large ? Optional.of(LawFamilies.recognise(layout, test, laws))
                .filter(r -> r.independent() == count.count()) : Optional.empty();
        while (closing.isEmpty() && laws.size() < count.count()
                && degree < Math.min(options.maxDegree(), plan.maxDegree())) {
            degree++;
            List<String> skippedNow = new ArrayList<>();
            List<SearchPiece> pieces = plan.pieces(degree, skippedNow);
            skipped = skippedNow;
            for (SearchPiece piece : pieces) {
                Set<Monomial> unknowns = new HashSet<>(piece.monomials());
                if (laws.size() < count.count() && searched.stream().noneMatch(s -> s.containsAll(unknowns))) {
                    searched.add(unknowns);
                    search.solve(piece, laws);
                }
            }
        }
        Recognition recognition = closing.isPresent() ? closing.get() : LawFamilies.recognise(layout, test, laws);
        if (recognition.independent() > count.count()) {
            throw new InconsistentResultException(recognition.independent() + " independent laws verified, but only "
                    + count.count() + " counted for " + model.name() + " under " + flow.spec()
                    + "; rerun with another --seed");
        }
        SearchScope scope = new SearchScope(plan.describe(degree), plan.beyond(), test.method());
        return new SearchResult(count, laws, recognition, degree, skipped, scope, (System.nanoTime() - start) / 1e9);
    }

    /** Adds the new independent laws spanned by {@code piece} to {@code laws}. */
    private void solve(SearchPiece piece, List<FoundLaw> laws) throws LawkeeperException {
        List<Monomial> monomials = piece.monomials();
        List<long[]> solutions = Echelon_MODP.sampledNullSpace(field, monomials.size(),
                () -> conditionRows(monomials), options.cancellation());
        for (long[] vector : solutions) {
            List<BigFraction> coefficients = RationalReconstruction.integers(vector, field);
            List<Polynomial> terms = new ArrayList<>();
            for (int a = 0; a < vector.length; a++) {
                terms.add(Polynomial.term(coefficients.get(a), monomials.get(a)));
            }
            Polynomial sum = Polynomial.sum(terms);
            // the first term shown (the highest) positive
            BigFraction lead = sum.terms().values().stream().reduce((first, second) -> second).orElseThrow();
            Polynomial law = lead.getNumerator().signum() < 0 ? sum.negate() : sum;
            if (!test.isConserved(law)) {
                throw new InconsistentResultException("a law recovered modulo " + field.prime()
                        + " failed exact verification (" + piece.description() + "); rerun with another --seed");
            }
            if (independent.add(law)) {
                laws.add(new FoundLaw(law, LawPrinter.PLAIN.render(law, layout), LawPrinter.LATEX.render(law, layout),
                        LawPrinter.UNICODE.render(law, layout)));
            }
        }
    }

    /** The rows ⟨∇m_α(x), χ(x)⟩ (one per field sampled, one column per monomial α) at a new random point x. */
    private List<long[]> conditionRows(List<Monomial> monomials) {
        FieldSamples.Sample sample = samples.next();
        long[] x = sample.point();
        List<long[]> rows = new ArrayList<>();
        for (int g = 0; g < sample.values().size(); g++) {
            rows.add(new long[monomials.size()]);
        }
        for (int a = 0; a < monomials.size(); a++) {
            Monomial m = monomials.get(a);
            for (int v : m.support()) {
                long partial = field.multiply(m.exponent(v), ModularPolynomials.monomial(m.withoutOne(v), x, field));
                for (int g = 0; g < rows.size(); g++) {
                    long[] row = rows.get(g);
                    row[a] = field.reduce(row[a] + partial * sample.values().get(g)[v]);
                }
            }
        }
        return rows;
    }
}
