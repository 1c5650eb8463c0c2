package org.lawkeeper.core.flow;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.fraction.BigFraction;
import org.lawkeeper.core.Excerpt;
import org.lawkeeper.core.SpecException;

/**
 * Parses flow specs: {@code gf[:wd=X]}, {@code natural}, {@code mirror}, {@code momentum[:tau=X][,wd=Y]},
 * {@code nesterov}, {@code mirror-momentum[:tau=X]}, where X, Y ≥ 0 are integers, fractions
 * {@code p/q} or decimals, kept exact ({@code wd} is the weight decay λ of θ' = … − λθ).
 */
public final class FlowSpec {
    /** The known flow names, for help and messages. */
    public static final String KNOWN =
            "gf[:wd=X], natural, mirror, momentum[:tau=X][,wd=Y], nesterov, mirror-momentum[:tau=X]";

    private FlowSpec() {
    }

    /**
     * A comma-separated list of flows, e.g. {@code gf,momentum:tau=1/2}. A piece without a flow name
     * ({@code wd=…} after {@code momentum:tau=1}) continues the spec before it.
     *
     * @throws SpecException when the list is empty, has an empty piece, or a spec does not parse
     */
    public static List<Flow> parseList(String list) throws SpecException {
        List<String> specs = new ArrayList<>();
        for (String piece : (list == null ? "" : list).split(",", -1)) {
            String text = piece.strip();
            if (text.isEmpty()) {
                throw new SpecException("empty flow in the list '" + Excerpt.shorten(list) + "'; known flows: "
                        + KNOWN);
            }
            if (!specs.isEmpty() && text.contains("=") && !text.contains(":")) {
                specs.set(specs.size() - 1, specs.get(specs.size() - 1) + "," + text);
            } else {
                specs.add(text);
            }
        }
        List<Flow> flows = new ArrayList<>();
        for (String spec : specs) {
            flows.add(parse(spec));
        }
        return flows;
    }

    public static Flow parse(String spec) throws SpecException {
        String text = spec == null ? "" : spec.strip();
        if (text.isEmpty()) {
            throw new SpecException("empty flow spec; known flows: " + KNOWN);
        }
        int colon = text.indexOf(':');
        String name = (colon < 0 ? text : text.substring(0, colon)).strip();
        String parameters = colon < 0 ? null : text.substring(colon + 1).strip();
        return switch (name) {
            case "gf" -> new GradientFlow(parameter(parameters(text, parameters, List.of("wd")), "wd"));
            case "natural" -> noParameters(name, parameters, new NaturalGradientFlow());
            case "mirror" -> noParameters(name, parameters, new MirrorFlow());
            case "nesterov" -> noParameters(name, parameters, new NesterovFlow());
            case "momentum" -> {
                Map<String, BigFraction> values = parameters(text, parameters, List.of("tau", "wd"));
                yield new MomentumFlow(parameter(values, "tau"), parameter(values, "wd"));
            }
            case "mirror-momentum" ->
                new MirrorMomentumFlow(parameter(parameters(text, parameters, List.of("tau")), "tau"));
            default -> throw new SpecException("unknown flow '" + Excerpt.shorten(name) + "' (known: " + KNOWN + ")");
        };
    }

    /** An exact rational as text: {@code 3}, {@code 1/2}. */
    public static String format(BigFraction value) {
        return value.getDenominator().equals(BigInteger.ONE) ? value.getNumerator().toString()
                : value.getNumerator() + "/" + value.getDenominator();
    }

    private static Flow noParameters(String name, String parameters, Flow flow) throws SpecException {
        if (parameters != null) {
            throw new SpecException("flow " + name + " takes no parameters, got '" + Excerpt.shorten(parameters) + "'");
        }
        return flow;
    }

    /** Rejects a negative rate; {@code what} names it in the message. */
    static void requireNonNegative(BigFraction value, String what) {
        if (value.getNumerator().signum() < 0) {
            throw new IllegalArgumentException(what + " must be ≥ 0, not " + format(value));
        }
    }

    private static BigFraction parameter(Map<String, BigFraction> values, String key) {
        return values.getOrDefault(key, BigFraction.ZERO);
    }

    /** The values of {@code key=X} parameters, each of the {@code allowed} keys at most once and ≥ 0. */
    private static Map<String, BigFraction> parameters(String spec, String parameters, List<String> allowed)
            throws SpecException {
        Map<String, BigFraction> values = new LinkedHashMap<>();
        if (parameters == null) {
            return values;
        }
        String expected = String.join(", ", allowed.stream().map(k -> k + "=X").toList());
        for (String parameter : parameters.split(",", -1)) {
            String[] keyValue = parameter.split("=", -1);
            String key = keyValue[0].strip();
            if (keyValue.length != 2 || !allowed.contains(key)) {
                throw new SpecException("unknown parameter '" + Excerpt.shorten(parameter.strip())
                        + "' in flow '" + Excerpt.shorten(spec)
                        + "' (expected " + expected + ")");
            }
            BigFraction value = rational(key, keyValue[1].strip(), spec);
            if (values.put(key, value) != null) {
                throw new SpecException(key + " is given twice in flow '" + Excerpt.shorten(spec) + "'");
            }
            if (value.getNumerator().signum() < 0) {
                throw new SpecException((key.equals("tau") ? "friction tau" : "weight decay wd")
                        + " must be ≥ 0 in flow '" + Excerpt.shorten(spec) + "', not " + format(value));
            }
        }
        return values;
    }

    private static BigFraction rational(String key, String text, String spec) throws SpecException {
        try {
            int slash = text.indexOf('/');
            if (slash >= 0) {
                BigInteger numerator = new BigInteger(text.substring(0, slash).strip());
                BigInteger denominator = new BigInteger(text.substring(slash + 1).strip());
                if (denominator.signum() == 0) {
                    throw new SpecException(key + " = " + Excerpt.shorten(text) + " divides by zero in flow '"
                            + Excerpt.shorten(spec) + "'");
                }
                return new BigFraction(numerator, denominator);
            }
            BigDecimal decimal = new BigDecimal(text);
            if (Math.abs(decimal.scale()) > 100) {
                throw new SpecException(key + " = '" + Excerpt.shorten(text)
                        + "' has an exponent out of range in flow '" + Excerpt.shorten(spec) + "'");
            }
            BigInteger unscaled = decimal.unscaledValue();
            return decimal.scale() >= 0 ? new BigFraction(unscaled, BigInteger.TEN.pow(decimal.scale()))
                    : new BigFraction(unscaled.multiply(BigInteger.TEN.pow(-decimal.scale())));
        } catch (NumberFormatException | ArithmeticException e) {
            throw new SpecException(key + " = '" + Excerpt.shorten(text) + "' is not a number in flow '"
                    + Excerpt.shorten(spec) + "'");
        }
    }
}
