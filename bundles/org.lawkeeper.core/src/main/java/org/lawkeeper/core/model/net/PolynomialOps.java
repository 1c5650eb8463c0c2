package org.lawkeeper.core.model.net;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hipparchus.fraction.BigFraction;
import org.lawkeeper.core.polynomial.Monomial;
import org.lawkeeper.core.polynomial.Polynomial;

/**
 * The forward pass of a polynomial network expanded symbolically, in the variables θ (0..D−1), then the
 * input entries, then one pattern variable per ReLU unit and data point. The factorisation is read off
 * by coefficient extraction (docs/ALGORITHMS.md §16): f(x; θ) = Σ_μ φ_μ(θ)·μ(x, a) over the monomials μ
 * of input and pattern variables, so the gradients of ⟨w, f⟩ over all x, w and patterns span exactly
 * span{∇φ_μ}. With pattern variables a ∈ {0, 1} this is the path lifting of ReLU networks, and
 * {@code net:4>dense(3)>relu>dense(2)} gets the factorisation of {@code relu:2,3,4}.
 */
final class PolynomialOps implements ScalarOps {
    private final int parameters;
    private final int inputFeatures;
    private final long budget;
    private final List<Polynomial> values = new ArrayList<>();
    private int nextPattern;
    private long work;

    private PolynomialOps(int parameters, int inputTokens, int inputFeatures, long budget) {
        this.parameters = parameters;
        this.inputFeatures = inputFeatures;
        this.budget = budget;
        this.nextPattern = parameters + inputTokens * inputFeatures;
    }

    /** The expansion ran past its budget of term products. */
    static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super(null, null, false, false);
        }
    }

    /**
     * The distinct coefficient polynomials φ_μ of a polynomial network, each scaled to a monic leading
     * term; empty when the expansion needs more than {@code budget} term products.
     */
    static Optional<List<Polynomial>> factorisation(Network network, long budget) {
        PolynomialOps ops = new PolynomialOps(network.parameterCount(), network.input().tokens(),
                network.input().features(), budget);
        try {
            int[][] outputs = network.forward(ops);
            Set<Polynomial> components = new LinkedHashSet<>();
            for (int[] token : outputs) {
                for (int handle : token) {
                    components.addAll(ops.coefficients(ops.values.get(handle)));
                }
            }
            return Optional.of(List.copyOf(components));
        } catch (TooLarge e) {
            return Optional.empty();
        }
    }

    /** The coefficients of {@code p} as a polynomial in the non-parameter variables, made monic. */
    private List<Polynomial> coefficients(Polynomial p) {
        Map<Monomial, List<Polynomial>> byData = new LinkedHashMap<>();
        p.forEachTerm((monomial, coefficient) -> {
            List<Integer> theta = new ArrayList<>();
            List<Integer> data = new ArrayList<>();
            for (int v : monomial.variables()) {
                (v < parameters ? theta : data).add(v);
            }
            byData.computeIfAbsent(Monomial.of(data.stream().mapToInt(Integer::intValue).toArray()),
                    k -> new ArrayList<>()).add(Polynomial.term(coefficient,
                            Monomial.of(theta.stream().mapToInt(Integer::intValue).toArray())));
        });
        List<Polynomial> coefficients = new ArrayList<>();
        for (List<Polynomial> terms : byData.values()) {
            Polynomial c = Polynomial.sum(terms);
            if (!c.isZero() && c.degree() > 0) {
                BigFraction lead = c.terms().values().iterator().next();
                coefficients.add(c.scale(lead.reciprocal()));
            }
        }
        return coefficients;
    }

    private int put(Polynomial p) {
        values.add(p);
        return values.size() - 1;
    }

    private Polynomial get(int handle) {
        return values.get(handle);
    }

    @Override
    public int constant(BigFraction value) {
        return put(Polynomial.constant(value));
    }

    @Override
    public int parameter(int coordinate) {
        return put(Polynomial.variable(coordinate));
    }

    @Override
    public int input(int token, int feature) {
        return put(Polynomial.variable(parameters + token * inputFeatures + feature));
    }

    @Override
    public int add(int a, int b) {
        return put(get(a).plus(get(b)));
    }

    @Override
    public int subtract(int a, int b) {
        return put(get(a).minus(get(b)));
    }

    @Override
    public int multiply(int a, int b) {
        work += (long) get(a).termCount() * get(b).termCount();
        if (work > budget) {
            throw new TooLarge();
        }
        return put(get(a).times(get(b)));
    }

    @Override
    public int divide(int a, int b) {
        Polynomial divisor = get(b);
        if (divisor.degree() > 0 || divisor.isZero()) {
            throw new IllegalStateException("a polynomial network divides by a non-constant");
        }
        return put(get(a).scale(divisor.coefficient(Monomial.ONE).reciprocal()));
    }

    @Override
    public int relu(int a) {
        return put(get(a).times(Polynomial.variable(nextPattern++)));
    }

    @Override
    public int squareRootOf(int n) {
        BigInteger root = BigInteger.valueOf(n).sqrt();
        if (!root.multiply(root).equals(BigInteger.valueOf(n))) {
            throw notPolynomial("√" + n);
        }
        return constant(new BigFraction(root));
    }

    @Override
    public int exp(int a) {
        throw notPolynomial("exp");
    }

    @Override
    public int sqrt(int a) {
        throw notPolynomial("√");
    }

    @Override
    public int normalCdf(int a) {
        throw notPolynomial("Φ");
    }

    @Override
    public int rotation(int frequency, int frequencies, int position, boolean sine) {
        throw notPolynomial("a rotary angle");
    }

    private static IllegalStateException notPolynomial(String what) {
        return new IllegalStateException(what + " in a network classified as polynomial");
    }
}
