package org.lawkeeper.core.law;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hipparchus.fraction.BigFraction;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.polynomial.Monomial;
import org.lawkeeper.core.polynomial.Polynomial;

/**
 * Writes laws as text, in three styles: the law language ({@link #PLAIN}, which {@link LawParser} reads
 * back to the same law), mathematical notation for people ({@link #UNICODE}: {@code U1ᵀ·U1 − U2·U2ᵀ})
 * and {@link #LATEX}. Two things can be written: a parsed law, from its syntax tree
 * ({@link #render(Law)}), and a polynomial in a flow's state coordinates ({@link #render(Polynomial,
 * StateLayout)}), such as a law found by the search.
 */
public enum LawPrinter {
    /** The law language: {@code 2*U1[1,1]^2 - exp(tau*t)*U1[1,2]*U2'[2,1]}. */
    PLAIN("*", " - ", "-", "^T", "'", "tau") {
        @Override
        String power(String base, int exponent) {
            return exponent == 1 ? base : base + "^" + exponent;
        }
    },
    /** For people: {@code 2·U1[1,1]² − exp(τ·t)·U1[1,2]·U2′[2,1]}. */
    UNICODE("·", " − ", "−", "ᵀ", "′", "τ") {
        private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

        @Override
        String power(String base, int exponent) {
            if (exponent == 1) {
                return base;
            }
            StringBuilder text = new StringBuilder(base);
            for (char digit : String.valueOf(exponent).toCharArray()) {
                text.append(SUPERSCRIPTS.charAt(digit - '0'));
            }
            return text.toString();
        }
    },
    /** LaTeX: {@code 2 (U_1)_{1,1}^{2} - e^{\tau t} (U_1)_{1,2} (\dot U_2)_{2,1}}. */
    LATEX(" ", " - ", "-", "^\\top", "", "\\tau") {
        @Override
        String power(String base, int exponent) {
            return exponent == 1 ? base : base + "^{" + exponent + "}";
        }

        @Override
        String number(BigFraction value) {
            return value.getDenominator().equals(BigInteger.ONE) ? value.getNumerator().toString()
                    : "\\tfrac{" + value.getNumerator() + "}{" + value.getDenominator() + "}";
        }

        @Override
        String block(String name) {
            return name.replaceFirst("^([A-Za-z]+)([0-9]+)$", "$1_{$2}");
        }

        @Override
        String exponential(String argument) {
            return "e^{" + argument + "}";
        }

        @Override
        String coordinate(StateLayout layout, int i) {
            String name = layout.coordinateName(i);
            if (name.equals("exp(tau*t)")) {
                return "e^{\\tau t}";
            }
            int bracket = name.indexOf('[');
            if (bracket < 0) {
                return name;
            }
            boolean velocity = name.charAt(bracket - 1) == '\'';
            String symbol = block(name.substring(0, velocity ? bracket - 1 : bracket));
            String index = name.substring(bracket + 1, name.length() - 1);
            return "(" + (velocity ? "\\dot " : "") + symbol + ")_{" + index + "}";
        }
    };

    /** Binding strength of a node, for parentheses: a child binding weaker than its context is enclosed. */
    private static final int SUM = 1;
    private static final int PRODUCT = 2;
    private static final int UNARY = 3;
    private static final int POSTFIX = 4;

    private final String times;
    private final String minus;
    private final String negative;
    private final String transpose;
    private final String prime;
    private final String tau;

    LawPrinter(String times, String minus, String negative, String transpose, String prime, String tau) {
        this.times = times;
        this.minus = minus;
        this.negative = negative;
        this.transpose = transpose;
        this.prime = prime;
        this.tau = tau;
    }

    abstract String power(String base, int exponent);

    String number(BigFraction value) {
        return FlowSpec.format(value);
    }

    /** A block's name, e.g. {@code U_{1}} in LaTeX. */
    String block(String name) {
        return name;
    }

    String exponential(String argument) {
        return "exp(" + argument + ")";
    }

    /** The name of state coordinate i, e.g. {@code U1'[1,2]} or {@code exp(tau*t)}. */
    String coordinate(StateLayout layout, int i) {
        String name = layout.coordinateName(i);
        return this == PLAIN ? name : name.replace("'", prime).replace("tau*t", tau + times + "t");
    }

    /** The law as this style writes it, from its syntax tree. */
    public String render(Law law) {
        return node(((ParsedLaw) law).root(), 0);
    }

    /** {@code p} as text, highest-degree terms first, a factor common to all terms (such as s) in front. */
    public String render(Polynomial p, StateLayout layout) {
        Monomial common = commonFactor(p);
        if (common.degree() == 0 || p.termCount() == 1) {
            return sum(p, layout);
        }
        Polynomial rest = Polynomial.ZERO;
        for (Map.Entry<Monomial, BigFraction> t : p.terms().entrySet()) {
            Monomial m = t.getKey();
            for (int v : common.variables()) {
                m = m.withoutOne(v);
            }
            rest = rest.plus(Polynomial.term(t.getValue(), m));
        }
        return monomial(common, layout) + times + "(" + sum(rest, layout) + ")";
    }

    /** {@code node} in a context that binds at least as strongly as {@code context}. */
    private String node(LawNode node, int context) {
        int strength = strength(node);
        String text = switch (node) {
            case LawNode.Number n -> n.symbol() != null ? (n.symbol().equals("tau") ? tau : n.symbol())
                    : number(n.value());
            case LawNode.Block b -> block(b.block().name()) + (b.velocity() ? velocity() : "");
            case LawNode.Time t -> "t";
            case LawNode.Sum s -> terms(s);
            case LawNode.Negation n -> negative + node(n.operand(), UNARY);
            case LawNode.Product p -> String.join(times, p.factors().stream().map(f -> node(f, UNARY)).toList());
            case LawNode.Quotient q -> node(q.dividend(), PRODUCT) + "/" + number(q.divisor());
            case LawNode.Transpose t -> node(t.operand(), POSTFIX) + transpose;
            case LawNode.Power p -> power(node(p.base(), POSTFIX), p.exponent());
            case LawNode.Entry e -> entry(e);
            case LawNode.Slice s -> node(s.operand(), POSTFIX) + "[" + range(s.row(), s.rows(), s.operand().rows()) + ","
                    + range(s.column(), s.columns(), s.operand().columns()) + "]";
            case LawNode.Exp e -> exponential(node(e.argument(), 0));
            case LawNode.Symmetrised s -> (s.symmetric() ? "sym(" : "skew(") + node(s.operand(), 0) + ")";
            case LawNode.Trace t -> "tr(" + node(t.operand(), 0) + ")";
            case LawNode.Reduction r -> (r.squares() ? "norm2(" : "sum(") + node(r.operand(), 0)
                    + (r.axis() == LawNode.Axis.ALL ? "" : r.axis() == LawNode.Axis.ROWS ? ", rows" : ", cols") + ")";
        };
        return strength < context ? "(" + text + ")" : text;
    }

    private String velocity() {
        return this == LATEX ? "'" : prime;
    }

    private String terms(LawNode.Sum s) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < s.terms().size(); k++) {
            boolean subtracted = s.subtracted().get(k);
            text.append(k == 0 ? (subtracted ? negative : "") : (subtracted ? minus : " + "));
            text.append(node(s.terms().get(k), PRODUCT));
        }
        return text.toString();
    }

    private String entry(LawNode.Entry e) {
        LawNode operand = e.operand();
        String index = operand.rows() == 1 ? String.valueOf(e.column() + 1)
                : operand.columns() == 1 ? String.valueOf(e.row() + 1) : (e.row() + 1) + "," + (e.column() + 1);
        return node(operand, POSTFIX) + "[" + index + "]";
    }

    /** {@code :} for the whole extent, {@code a:b} (1-based, inclusive) for a part. */
    private static String range(int from, int count, int extent) {
        return count == extent ? ":" : (from + 1) + ":" + (from + count);
    }

    private static int strength(LawNode node) {
        return switch (node) {
            case LawNode.Sum s -> SUM;
            case LawNode.Product p -> PRODUCT;
            case LawNode.Quotient q -> PRODUCT;
            case LawNode.Negation n -> UNARY;
            case LawNode.Number n -> n.symbol() == null && !n.value().getDenominator().equals(BigInteger.ONE) ? PRODUCT
                    : Integer.MAX_VALUE;
            default -> Integer.MAX_VALUE;
        };
    }

    private String sum(Polynomial p, StateLayout layout) {
        if (p.isZero()) {
            return "0";
        }
        StringBuilder text = new StringBuilder();
        List<Map.Entry<Monomial, BigFraction>> terms = new ArrayList<>(p.terms().entrySet());
        for (int k = terms.size() - 1; k >= 0; k--) {
            Monomial m = terms.get(k).getKey();
            BigFraction c = terms.get(k).getValue();
            boolean isNegative = c.getNumerator().signum() < 0;
            text.append(text.isEmpty() ? (isNegative ? negative : "") : (isNegative ? minus : " + "));
            BigFraction magnitude = c.abs();
            if (m.degree() == 0) {
                text.append(number(magnitude));
            } else {
                text.append(magnitude.equals(BigFraction.ONE) ? monomial(m, layout)
                        : number(magnitude) + times + monomial(m, layout));
            }
        }
        return text.toString();
    }

    private String monomial(Monomial m, StateLayout layout) {
        List<String> factors = new ArrayList<>();
        for (int v : m.support()) {
            factors.add(power(coordinate(layout, v), m.exponent(v)));
        }
        return String.join(times, factors);
    }

    /** The largest monomial dividing every term. */
    private static Monomial commonFactor(Polynomial p) {
        Monomial common = null;
        for (Monomial m : p.terms().keySet()) {
            if (common == null) {
                common = m;
                continue;
            }
            Monomial shared = Monomial.ONE;
            for (int v : common.support()) {
                for (int k = Math.min(common.exponent(v), m.exponent(v)); k > 0; k--) {
                    shared = shared.times(Monomial.of(v));
                }
            }
            common = shared;
        }
        return common == null ? Monomial.ONE : common;
    }
}
