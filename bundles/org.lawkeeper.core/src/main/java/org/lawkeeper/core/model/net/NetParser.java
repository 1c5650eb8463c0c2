package org.lawkeeper.core.model.net;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lawkeeper.core.SpecException;

/**
 * Reads the text of a network spec by recursive descent, keeping the column of every layer so that
 * each problem is reported where it is: {@code column 12 of 'net:4>dense(3)>relux': unknown layer …}.
 * The grammar is documented in docs/MODELS.md.
 */
final class NetParser {
    /** Sizes beyond this are typing mistakes rather than models; the limits reject large models anyway. */
    static final int MAX_SIZE = 1_000_000;
    static final int MAX_POWER = 16;
    static final String LAYERS = "dense(n[,bias]), relu, pow(p), gelu, silu, tanh, sigmoid, glu(h), swiglu(h), "
            + "attention(heads=H,dk=K[,dv=V][,linear][,rope]), residual(…), layernorm, rmsnorm, "
            + "moe(experts=E[,gate=softmax|nsigmoid],…), conv1d(channels=C,kernel=K), softmax";

    private final String text;
    private int at;

    private NetParser(String text, int start) {
        this.text = text;
        this.at = start;
    }

    /** The spec of {@code spec}, the whole text including {@code net:}. */
    static Architecture parse(String spec) throws SpecException {
        NetParser parser = new NetParser(spec, spec.indexOf(':') + 1);
        int[] input = parser.input();
        List<Layer> layers = parser.chain();
        parser.skipSpaces();
        if (parser.at < spec.length()) {
            throw parser.error(parser.at, spec.charAt(parser.at) == ')' ? "unmatched ')'"
                    : "expected '>' before the next layer, found '" + spec.charAt(parser.at) + "'");
        }
        return Architecture.check(spec, input[0], input[1], layers);
    }

    /** {@code N} or {@code TxN}: tokens and features. */
    private int[] input() throws SpecException {
        skipSpaces();
        int column = at;
        if (at >= text.length()) {
            throw error(at, "the spec gives no input width; write e.g. net:4>dense(3) or net:2x4>attention(…)");
        }
        int first = integer("the input width");
        skipSpaces();
        if (peek('x')) {
            at++;
            int features = integer("the input width after 'x'");
            return new int[] {first, features};
        }
        if (at < text.length() && text.charAt(at) != '>') {
            throw error(at, "expected '>' or 'x' after the input at column " + (column + 1) + ", found '"
                    + text.charAt(at) + "'");
        }
        return new int[] {1, first};
    }

    /** layer ('>' layer)*, up to a closing parenthesis, a comma or the end. */
    private List<Layer> chain() throws SpecException {
        List<Layer> layers = new ArrayList<>();
        while (true) {
            skipSpaces();
            if (!peek('>')) {
                if (layers.isEmpty()) {
                    throw error(at, at >= text.length() ? "the spec has no layer; add one, e.g. >dense(2)"
                            : "expected '>' and a layer, found '" + text.charAt(at) + "'");
                }
                return layers;
            }
            at++;
            layers.add(layer());
        }
    }

    /** A chain inside parentheses, as in residual(…) and moe(…): starts without '>'. */
    private List<Layer> innerChain() throws SpecException {
        List<Layer> layers = new ArrayList<>();
        layers.add(layer());
        while (true) {
            skipSpaces();
            if (!peek('>')) {
                return layers;
            }
            at++;
            layers.add(layer());
        }
    }

    private Layer layer() throws SpecException {
        skipSpaces();
        int start = at;
        int column = start + 1;
        String name = identifier();
        if (name.isEmpty()) {
            throw error(start, at >= text.length() ? "the spec ends where a layer is expected"
                    : "expected a layer, found '" + text.charAt(at) + "' (layers: " + LAYERS + ")");
        }
        return switch (name) {
            case "dense" -> dense(column);
            case "relu", "gelu", "silu", "tanh", "sigmoid" -> {
                noArguments(name, start);
                yield new Layer.Activation(Layer.Activation.Kind.valueOf(name.toUpperCase(java.util.Locale.ROOT)), 1,
                        column);
            }
            case "pow" -> {
                int p = single(name, "the power p");
                if (p < 2) {
                    throw error(start, "pow(p) needs a whole p ≥ 2, got " + p);
                }
                if (p > MAX_POWER) {
                    throw error(start, "pow(" + p + ") is above the largest supported power " + MAX_POWER);
                }
                yield new Layer.Activation(Layer.Activation.Kind.POW, p, column);
            }
            case "glu", "swiglu" -> new Layer.Gated(name.equals("swiglu"), single(name, "the width h"), column);
            case "attention" -> attention(column);
            case "residual" -> {
                open(name);
                List<Layer> body = innerChain();
                close(name, start);
                yield new Layer.Residual(body, column);
            }
            case "layernorm", "rmsnorm" -> {
                noArguments(name, start);
                yield new Layer.Norm(name.equals("rmsnorm"), column);
            }
            case "moe" -> experts(column);
            case "conv1d" -> conv(column);
            case "softmax" -> {
                noArguments(name, start);
                yield new Layer.Softmax(column);
            }
            default -> throw error(start, "unknown layer '" + name + "' (layers: " + LAYERS + ")");
        };
    }

    private Layer dense(int column) throws SpecException {
        open("dense");
        int width = integer("the width of dense(n)");
        boolean bias = false;
        skipSpaces();
        if (peek(',')) {
            at++;
            skipSpaces();
            int flag = at;
            String word = identifier();
            if (!word.equals("bias")) {
                throw error(flag, "dense(n, …) takes only the flag 'bias', found '" + word + "'");
            }
            bias = true;
        }
        close("dense", column - 1);
        return new Layer.Dense(width, bias, column);
    }

    private Layer attention(int column) throws SpecException {
        Map<String, Object> options = options("attention", column - 1, List.of("heads", "dk", "dv"),
                List.of("linear", "rope"));
        if (!options.containsKey("dk")) {
            throw error(column - 1, "attention(…) needs the key width dk, e.g. attention(heads=2,dk=2)");
        }
        int dk = (Integer) options.get("dk");
        return new Layer.Attention((Integer) options.getOrDefault("heads", 1), dk,
                (Integer) options.getOrDefault("dv", dk), options.containsKey("linear"), options.containsKey("rope"),
                column);
    }

    private Layer conv(int column) throws SpecException {
        Map<String, Object> options = options("conv1d", column - 1, List.of("channels", "kernel"), List.of());
        for (String key : List.of("channels", "kernel")) {
            if (!options.containsKey(key)) {
                throw error(column - 1, "conv1d(…) needs " + key + "=…, e.g. conv1d(channels=2,kernel=3)");
            }
        }
        return new Layer.Conv1d((Integer) options.get("channels"), (Integer) options.get("kernel"), column);
    }

    /** moe(experts=E, gate=softmax|nsigmoid, CHAIN) in any order. */
    private Layer experts(int column) throws SpecException {
        open("moe");
        Integer count = null;
        Boolean nsigmoid = null;
        List<Layer> expert = null;
        do {
            skipSpaces();
            int start = at;
            String word = identifier();
            skipSpaces();
            if (word.equals("experts") && peek('=')) {
                at++;
                count = once(count, integer("the number of experts"), "experts", start);
            } else if (word.equals("gate") && peek('=')) {
                at++;
                skipSpaces();
                int value = at;
                String gate = identifier();
                if (!gate.equals("softmax") && !gate.equals("nsigmoid")) {
                    throw error(value, "gate must be softmax or nsigmoid, not '" + gate + "'");
                }
                nsigmoid = once(nsigmoid, gate.equals("nsigmoid"), "gate", start);
            } else {
                at = start;
                if (expert != null) {
                    throw error(start, "moe(…) takes one chain of expert layers; join layers with '>'");
                }
                expert = innerChain();
            }
            skipSpaces();
        } while (consume(','));
        close("moe", column - 1);
        if (count == null) {
            throw error(column - 1, "moe(…) needs the number of experts, e.g. moe(experts=2,gate=softmax,dense(3))");
        }
        if (expert == null) {
            throw error(column - 1, "moe(…) needs the layers of an expert, e.g. moe(experts=2,swiglu(2)>dense(3))");
        }
        return new Layer.Experts(count, nsigmoid != null && nsigmoid, expert, column);
    }

    /** {@code (key=n, flag, …)} with the given integer keys and flags, each at most once. */
    private Map<String, Object> options(String layer, int start, List<String> keys, List<String> flags)
            throws SpecException {
        open(layer);
        Map<String, Object> options = new LinkedHashMap<>();
        do {
            skipSpaces();
            int column = at;
            String word = identifier();
            skipSpaces();
            Object value;
            if (keys.contains(word) && peek('=')) {
                at++;
                value = integer(word);
            } else if (flags.contains(word) && !peek('=')) {
                value = Boolean.TRUE;
            } else {
                String expected = String.join(", ", keys.stream().map(k -> k + "=n").toList())
                        + (flags.isEmpty() ? "" : ", " + String.join(", ", flags));
                throw error(column, word.isEmpty() ? layer + "(…) expects " + expected
                        : "unknown option '" + word + "' of " + layer + " (options: " + expected + ")");
            }
            if (options.put(word, value) != null) {
                throw error(column, word + " is given twice in " + layer + "(…)");
            }
            skipSpaces();
        } while (consume(','));
        close(layer, start);
        return options;
    }

    private <T> T once(T previous, T value, String key, int column) throws SpecException {
        if (previous != null) {
            throw error(column, key + " is given twice in moe(…)");
        }
        return value;
    }

    /** {@code (n)} after a layer name. */
    private int single(String layer, String what) throws SpecException {
        int start = at - layer.length();
        open(layer);
        int value = integer(what + " of " + layer);
        close(layer, start);
        return value;
    }

    private void noArguments(String layer, int start) throws SpecException {
        skipSpaces();
        if (peek('(')) {
            throw error(at, layer + " takes no arguments");
        }
    }

    private void open(String layer) throws SpecException {
        skipSpaces();
        if (!consume('(')) {
            throw error(at, layer + " needs its arguments in parentheses, e.g. " + example(layer));
        }
    }

    private void close(String layer, int start) throws SpecException {
        skipSpaces();
        if (!consume(')')) {
            throw error(at, "expected ')' to close " + layer + "( at column " + (start + 1) + ", found "
                    + (at >= text.length() ? "the end" : "'" + text.charAt(at) + "'"));
        }
    }

    private int integer(String what) throws SpecException {
        skipSpaces();
        int start = at;
        while (at < text.length() && Character.isDigit(text.charAt(at))) {
            at++;
        }
        if (start == at) {
            throw error(start, "expected a whole number for " + what + ", found "
                    + (at >= text.length() ? "the end" : "'" + text.charAt(at) + "'"));
        }
        String digits = text.substring(start, at);
        if (digits.length() > 7 || Integer.parseInt(digits) > MAX_SIZE) {
            throw error(start, what + " = " + digits + " is too large (at most " + MAX_SIZE + ")");
        }
        int value = Integer.parseInt(digits);
        if (value < 1) {
            throw error(start, what + " must be at least 1, not " + value);
        }
        return value;
    }

    private String identifier() {
        int start = at;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
            at++;
        }
        return text.substring(start, at);
    }

    private boolean peek(char c) {
        return at < text.length() && text.charAt(at) == c;
    }

    private boolean consume(char c) {
        if (peek(c)) {
            at++;
            return true;
        }
        return false;
    }

    private void skipSpaces() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private SpecException error(int index, String message) {
        return ShapeCheck.error(text, index + 1, message);
    }

    private static String example(String layer) {
        return switch (layer) {
            case "dense" -> "dense(3) or dense(3,bias)";
            case "attention" -> "attention(heads=2,dk=2)";
            case "residual" -> "residual(dense(4)>relu>dense(4))";
            case "moe" -> "moe(experts=2,gate=softmax,swiglu(2)>dense(3))";
            case "conv1d" -> "conv1d(channels=2,kernel=3)";
            case "pow" -> "pow(3)";
            default -> layer + "(2)";
        };
    }
}
