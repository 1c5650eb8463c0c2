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
 * Writes a polynomial in a flow's state coordinates back as text: in the law language (which
 * {@link LawParser} reads back to the same polynomial) or as LaTeX.
 */
enum LawText {
    /** The law language: {@code 2*U1[1,1]^2 - exp(tau*t)*U1[1,2]*U2'[2,1]}. */
    PLAIN {
        @Override
        String coordinate(StateLayout layout, int i) {
            return layout.coordinateName(i);
        }

        @Override
        String power(String base, int exponent) {
            return exponent == 1 ? base : base + "^" + exponent;
        }

        @Override
        String product(List<String> factors) {
            return String.join("*", factors);
        }

        @Override
        String number(BigFraction value) {
            return FlowSpec.format(value);
        }
    },
    /** LaTeX: {@code 2 (U_1)_{1,1}^{2} - e^{\tau t} (U_1)_{1,2} (\dot U_2)_{2,1}}. */
    LATEX {
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
            String block = name.substring(0, velocity ? bracket - 1 : bracket);
            String symbol = block.replaceFirst("^([A-Za-z]+)([0-9]+)$", "$1_{$2}");
            String index = name.substring(bracket + 1, name.length() - 1);
            return "(" + (velocity ? "\\dot " : "") + symbol + ")_{" + index + "}";
        }

        @Override
        String power(String base, int exponent) {
            return exponent == 1 ? base : base + "^{" + exponent + "}";
        }

        @Override
        String product(List<String> factors) {
            return String.join(" ", factors);
        }

        @Override
        String number(BigFraction value) {
            return value.getDenominator().equals(BigInteger.ONE) ? value.getNumerator().toString()
                    : "\\tfrac{" + value.getNumerator() + "}{" + value.getDenominator() + "}";
        }
    };

    abstract String coordinate(StateLayout layout, int i);

    abstract String power(String base, int exponent);

    abstract String product(List<String> factors);

    abstract String number(BigFraction value);

    /** {@code p} as text, highest-degree terms first, a factor common to all terms (such as s) in front. */
    String render(Polynomial p, StateLayout layout) {
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
        return product(List.of(monomial(common, layout), "(" + sum(rest, layout) + ")"));
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
            boolean negative = c.getNumerator().signum() < 0;
            text.append(text.isEmpty() ? (negative ? "-" : "") : (negative ? " - " : " + "));
            BigFraction magnitude = c.abs();
            if (m.degree() == 0) {
                text.append(number(magnitude));
            } else {
                text.append(magnitude.equals(BigFraction.ONE) ? monomial(m, layout)
                        : product(List.of(number(magnitude), monomial(m, layout))));
            }
        }
        return text.toString();
    }

    private String monomial(Monomial m, StateLayout layout) {
        List<String> factors = new ArrayList<>();
        for (int v : m.support()) {
            factors.add(power(coordinate(layout, v), m.exponent(v)));
        }
        return product(factors);
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
