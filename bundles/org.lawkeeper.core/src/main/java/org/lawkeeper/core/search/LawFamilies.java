package org.lawkeeper.core.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lawkeeper.core.law.Law;
import org.lawkeeper.core.law.LawParser;
import org.lawkeeper.core.law.LawPrinter;
import org.lawkeeper.core.law.LawSyntaxException;
import org.lawkeeper.core.law.StateLayout;
import org.lawkeeper.core.linalg.GradientSpan_MODP;
import org.lawkeeper.core.linalg.RationalConstants;
import org.lawkeeper.core.model.ParameterBlock;
import org.lawkeeper.core.polynomial.Polynomial;
import org.lawkeeper.core.verify.ConservationTest;

/**
 * Recognises the known families of docs/THEORY.md §6 among the laws of a model. For every pair of consecutive
 * blocks A, B with a hidden layer between them (A's columns are B's rows), and the bias c of that layer
 * if the model has one, it proposes the family templates — balancedness AᵀA − BBᵀ, per-neuron
 * rescaling, the NMF and ICNN mirror laws, and for momentum the rotations skew(AᵀA' + BB'ᵀ) with the
 * time factors e^{τt}, t³ or none; for a network, the templates of its layers ({@link NetworkTemplates}).
 * It keeps those that the verifier confirms and that add independent laws. The templates only name laws;
 * they never decide what is conserved.
 */
final class LawFamilies {
    private static final long SEED = 0xfa_3117L;
    private static final List<String> TIME_FACTORS = List.of("", "exp(tau*t)*", "t^3*");

    private final StateLayout layout;
    private final ConservationTest test;
    private final GradientSpan_MODP span;

    private LawFamilies(StateLayout layout, ConservationTest test) {
        this.layout = layout;
        this.test = test;
        // the laws added come from rational reconstruction: coefficients below 2^16, which no prime divides
        this.span = GradientSpan_MODP.random(layout.dimension(), SEED, RationalConstants.NONE);
    }

    /**
     * Groups {@code laws} (laws of the model under the flow) into families, each confirmed by {@code test};
     * what remains is returned as outside.
     */
    static Recognition recognise(StateLayout layout, ConservationTest test, List<FoundLaw> laws) {
        LawFamilies families = new LawFamilies(layout, test);
        List<LawFamily> recognised = new ArrayList<>();
        List<FamilyCandidate> candidates = layout.model().network()
                .map(network -> NetworkTemplates.candidates(network, layout)).orElseGet(families::candidates);
        for (FamilyCandidate candidate : candidates) {
            families.recognise(candidate).ifPresent(recognised::add);
        }
        List<FoundLaw> outside = new ArrayList<>();
        for (FoundLaw law : laws) {
            if (families.adds(law.polynomial())) {
                outside.add(law);
            }
        }
        return new Recognition(recognised, outside, families.span.rank());
    }

    /**
     * The family, when {@code expression} parses, is polynomial, is conserved and adds independent laws.
     * Under gradient flow with weight decay a template homogeneous of degree k holds as e^{kλt}·(template)
     * (docs/THEORY.md §2), which is what is tried there.
     */
    private Optional<LawFamily> recognise(FamilyCandidate candidate) {
        Law law;
        String expression = candidate.expression();
        try {
            law = LawParser.parse(expression, layout.model(), layout.flow());
            if (layout.weightDecay().isPresent() && !layout.hasMomentum() && law.isPolynomial() && law.size() > 0) {
                int degree = law.polynomials().stream().mapToInt(Polynomial::degree).max().orElse(0);
                expression = "exp(" + (degree == 1 ? "" : degree + "*") + "wd*t)*(" + expression + ")";
                law = LawParser.parse(expression, layout.model(), layout.flow());
            }
        } catch (LawSyntaxException e) {
            return Optional.empty(); // the template does not apply to this model or flow
        }
        if (!law.isPolynomial() || law.size() == 0
                || !law.polynomials().stream().allMatch(test::isConserved)) {
            return Optional.empty();
        }
        int added = (int) law.polynomials().stream().filter(this::adds).count();
        return added == 0 ? Optional.empty() : Optional.of(new LawFamily(expression,
                LawPrinter.UNICODE.render(law), candidate.name(),
                added, candidate.symmetry(), QuadraticForms.generators(law.polynomials(), layout)));
    }

    private boolean adds(Polynomial law) {
        return span.add(law);
    }

    /** Every template for every pair of consecutive blocks of a factorised model. */
    private List<FamilyCandidate> candidates() {
        List<ParameterBlock> blocks = layout.model().blocks();
        List<FamilyCandidate> candidates = new ArrayList<>();
        for (int i = 0; i + 1 < blocks.size(); i++) {
            ParameterBlock a = blocks.get(i);
            ParameterBlock b = blocks.get(i + 1);
            if (a.columns() != b.rows()) {
                continue;
            }
            String pair = a.name() + " and " + b.name();
            String x = a.name();
            String y = b.name();
            Optional<ParameterBlock> c = bias(a);
            String bias = c.map(p -> " + norm2(" + p.name() + ", rows)").orElse("");
            String biasName = c.map(p -> " with bias " + p.name()).orElse("");
            // the hidden layer's group acts by A ↦ A·G, B ↦ G⁻¹·B (and c ↦ G⁻¹·c); its generators X:
            String action = x + " ↦ " + x + "·X, " + y + " ↦ −X·" + y
                    + c.map(p -> ", " + p.name() + " ↦ −X·" + p.name()).orElse("");
            candidates.add(new FamilyCandidate(x + "^T*" + x + " - " + y + "*" + y + "^T", "balancedness between " + pair,
                    action + ", X symmetric"));
            for (String factor : TIME_FACTORS) {
                String time = factor.isEmpty() ? "" : ", time factor " + factor.substring(0, factor.length() - 1);
                candidates.add(new FamilyCandidate(factor + "skew(" + x + "^T*" + x + "' + " + y + "*" + y + "'^T)",
                        "rotations between " + pair + time, action + ", X antisymmetric"));
            }
            candidates.add(new FamilyCandidate("norm2(" + y + ", rows)" + bias + " - norm2(" + x + ", cols)^T",
                    "per-neuron rescaling between " + pair + biasName, action + ", X diagonal"));
            candidates.add(new FamilyCandidate("sum(" + x + ", cols)^T - sum(" + y + ", rows)", "NMF mirror law of " + pair,
                    action + ", X diagonal, in the entropy geometry"));
            candidates.add(new FamilyCandidate("sum(" + x + ", cols)^T - 1/2*(norm2(" + y + ", rows)" + bias + ")",
                    "ICNN mirror law of " + pair + biasName, action + ", X diagonal, entropy geometry on " + x));
        }
        return candidates;
    }

    /** The bias of the hidden layer after block {@code a}: b for U, b_k for U_k, shaped like a column of a's width. */
    private Optional<ParameterBlock> bias(ParameterBlock a) {
        String name = "b" + a.name().substring(1);
        return a.name().startsWith("U") ? layout.model().block(name)
                .filter(c -> c.rows() == a.columns() && c.columns() == 1) : Optional.empty();
    }
}
