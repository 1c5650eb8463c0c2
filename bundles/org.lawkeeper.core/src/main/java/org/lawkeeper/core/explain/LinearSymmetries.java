package org.lawkeeper.core.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.hipparchus.fraction.BigFraction;
import org.lawkeeper.core.InconsistentResultException;
import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.core.LimitExceededException;
import org.lawkeeper.core.count.LawCounter;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.field.FieldSamples;
import org.lawkeeper.core.field.FlowFields;
import org.lawkeeper.core.field.GeneratingFields;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.flow.GradientFlow;
import org.lawkeeper.core.flow.MomentumFlow;
import org.lawkeeper.core.linalg.Echelon_MODP;
import org.lawkeeper.core.linalg.ModularPolynomials;
import org.lawkeeper.core.linalg.PrimeField;
import org.lawkeeper.core.linalg.RationalConstants;
import org.lawkeeper.core.linalg.RationalReconstruction;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.polynomial.Monomial;
import org.lawkeeper.core.polynomial.Polynomial;
import org.lawkeeper.core.search.SearchOptions;
import org.lawkeeper.core.verify.ConservationTest;
import org.lawkeeper.core.verify.LawVerifier;

/**
 * Computes the linear symmetries of φ — matrices A with ⟨∇φ_i(θ), Aθ⟩ ≡ 0 for every i, a linear
 * condition on A sampled at random points mod p (for a network, ⟨χ_{x,w}(θ), Aθ⟩ ≡ 0 over its
 * data-indexed fields) — among all matrices, the symmetric and the
 * antisymmetric ones, and turns the latter two into laws: ½⟨θ, Aθ⟩ (whose gradient is Aθ) for gradient
 * flow and s·⟨θ', Aθ⟩ with s = e^{τt} for heavy ball (τ = 1). Every law is verified (exactly, or by
 * sampling for a network) and counted by the rank of the gradients, then compared with the counts of
 * both flows.
 */
public final class LinearSymmetries {
    private static final BigFraction HALF = new BigFraction(1, 2);

    /** Which matrices are solved for. */
    private enum Kind { ALL, SYMMETRIC, ANTISYMMETRIC }

    private final int d;
    private final FieldSamples gradients;
    private final PrimeField field;
    private final SplittableRandom random;
    private final SearchOptions options;

    private LinearSymmetries(Model model, GeneratingFields gradientFields, SearchOptions options) {
        this.d = model.parameterCount();
        this.options = options;
        this.random = new SplittableRandom(options.counting().seed());
        this.field = gradientFields.primes(random, 1, RationalConstants.NONE).getFirst();
        this.gradients = new FieldSamples(gradientFields, field, random.split());
    }

    /**
     * Explains the gf and momentum laws of {@code model} by its linear symmetries.
     *
     * @throws LimitExceededException when D² unknowns exceed {@code options.maxUnknowns()}
     * @throws LawkeeperException     on cancellation or an inconsistent exact check
     */
    public static SymmetryReport analyse(Model model, SearchOptions options) throws LawkeeperException {
        long unknowns = (long) model.parameterCount() * model.parameterCount();
        if (unknowns > options.maxUnknowns()) {
            throw new LimitExceededException(LimitExceededException.Limit.SIZE, "the symmetries of " + model.name() + " have " + unknowns
                    + " unknowns, above the limit " + options.maxUnknowns());
        }
        Limits limits = options.counting().limits();
        Flow gradient = new GradientFlow();
        Flow momentum = new MomentumFlow(BigFraction.ONE);
        LinearSymmetries symmetries = new LinearSymmetries(model, FlowFields.of(model, gradient, limits), options);
        long seed = options.counting().seed();
        return new SymmetryReport(symmetries.solve(Kind.ALL).size(), symmetries.solve(Kind.SYMMETRIC).size(),
                symmetries.solve(Kind.ANTISYMMETRIC).size(),
                symmetries.independentLaws(Kind.SYMMETRIC, LawVerifier.test(model, gradient, limits, seed),
                        gradient.stateDimension(model)),
                LawCounter.count(model, gradient, options.counting()).count(),
                symmetries.independentLaws(Kind.ANTISYMMETRIC, LawVerifier.test(model, momentum, limits, seed),
                        momentum.stateDimension(model)),
                LawCounter.count(model, momentum, options.counting()).count());
    }

    /** A basis of the symmetries of one kind, as vectors over the basis of that kind. */
    private List<long[]> solve(Kind kind) throws LawkeeperException {
        List<int[]> basis = basis(kind);
        return Echelon_MODP.sampledNullSpace(field, basis.size(), () -> rows(kind, basis),
                options.cancellation());
    }

    /** The laws of symmetric (gf) or antisymmetric (momentum) symmetries: verified, then ranked. */
    private int independentLaws(Kind kind, ConservationTest test, int dimension) throws LawkeeperException {
        List<int[]> basis = basis(kind);
        long[] point = new long[dimension];
        for (int i = 0; i < dimension; i++) {
            point[i] = field.randomElement(random);
        }
        Echelon_MODP span = new Echelon_MODP(field, dimension);
        for (long[] vector : solve(kind)) {
            List<BigFraction> a = RationalReconstruction.integers(vector, field);
            List<Polynomial> terms = new ArrayList<>();
            for (int b = 0; b < basis.size(); b++) {
                terms.add(kind == Kind.SYMMETRIC ? gradientLawTerm(basis.get(b), a.get(b))
                        : momentumLawTerm(basis.get(b), a.get(b)));
            }
            Polynomial law = Polynomial.sum(terms);
            if (!test.isConserved(law)) {
                throw new InconsistentResultException("a symmetry recovered modulo " + field.prime()
                        + " failed verification; rerun with another --seed");
            }
            span.add(ModularPolynomials.gradient(law, point, field));
        }
        return span.rank();
    }

    /** ½θᵀ(a·E)θ for E = e_j e_kᵀ + e_k e_jᵀ (j < k) or e_j e_jᵀ: a·θ_jθ_k or ½a·θ_j². */
    private static Polynomial gradientLawTerm(int[] jk, BigFraction a) {
        return Polynomial.term(jk[0] == jk[1] ? a.multiply(HALF) : a, Monomial.of(jk[0], jk[1]));
    }

    /** s·θ'ᵀ(a·E)θ for E = e_j e_kᵀ − e_k e_jᵀ: a·s·(v_j θ_k − v_k θ_j), in the momentum state (s, θ, v). */
    private Polynomial momentumLawTerm(int[] jk, BigFraction a) {
        int j = jk[0];
        int k = jk[1];
        return Polynomial.term(a, Monomial.of(0, 1 + d + j, 1 + k))
                .minus(Polynomial.term(a, Monomial.of(0, 1 + d + k, 1 + j)));
    }

    /** Index pairs (j, k) of the basis matrices of one kind. */
    private List<int[]> basis(Kind kind) {
        List<int[]> pairs = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            for (int k = kind == Kind.ALL ? 0 : j; k < d; k++) {
                if (kind != Kind.ANTISYMMETRIC || j != k) {
                    pairs.add(new int[] {j, k});
                }
            }
        }
        return pairs;
    }

    /** ⟨∇φ_i(θ), Eθ⟩ for every gradient field sampled (rows) and basis matrix E (columns) at a random θ. */
    private List<long[]> rows(Kind kind, List<int[]> basis) {
        FieldSamples.Sample sample = gradients.next();
        long[] theta = sample.point();
        List<long[]> rows = new ArrayList<>();
        for (long[] g : sample.values()) {
            long[] row = new long[basis.size()];
            for (int b = 0; b < basis.size(); b++) {
                int j = basis.get(b)[0];
                int k = basis.get(b)[1];
                long forward = field.multiply(g[j], theta[k]);
                long backward = field.multiply(g[k], theta[j]);
                row[b] = switch (kind) {
                    case ALL -> forward;
                    case SYMMETRIC -> j == k ? forward : field.add(forward, backward);
                    case ANTISYMMETRIC -> field.subtract(forward, backward);
                };
            }
            rows.add(row);
        }
        return rows;
    }
}
