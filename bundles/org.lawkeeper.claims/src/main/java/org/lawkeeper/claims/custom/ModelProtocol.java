package org.lawkeeper.claims.custom;

import java.io.PrintStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.hipparchus.fraction.BigFraction;
import org.lawkeeper.core.LawkeeperException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.SpecException;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelBuilder;
import org.lawkeeper.core.model.ModelSpec;
import org.lawkeeper.core.model.ParameterBlock;
import org.lawkeeper.core.polynomial.Monomial;
import org.lawkeeper.core.polynomial.Polynomial;

/**
 * The line format in which a child JVM hands a custom model back (UTF-8, one record per line):
 *
 * <pre>
 * lawkeeper-model 3
 * name NAME                             (escaped: \\ \n \r)
 * block NAME ROWS COLUMNS POSITIVE      (one per block, in order)
 * output                                (one per component of φ)
 * term NUMERATOR/DENOMINATOR V1 V2 …    (variables with repetition, one line per term)
 * end
 * </pre>
 *
 * for a model defined by its factorisation, or for a model built from a spec — a network of the layer
 * language above all, whose softmax, exponentials and square roots no factorisation can carry —
 *
 * <pre>
 * lawkeeper-model 3
 * spec TEXT                             (the canonical spec, escaped; it rebuilds the same model)
 * end
 * </pre>
 *
 * or {@code error MESSAGE} (escaped) when the class cannot be defined. Texts are escaped so that no
 * name or message can break a line; reading checks every line and the model's size against limits.
 */
public final class ModelProtocol {
    /** The first line of every export. */
    public static final String HEADER = "lawkeeper-model 3";
    private static final int QUOTED = 80;

    private ModelProtocol() {
    }

    /** Writes {@code model}: its spec when it was built from one, else its blocks and factorisation. */
    public static void write(Model model, PrintStream out) {
        out.println(HEADER);
        Optional<ModelSpec> spec = model.spec();
        if (spec.isPresent()) {
            out.println("spec " + escape(spec.get().text()));
            out.println("end");
            return;
        }
        out.println("name " + escape(model.name()));
        for (ParameterBlock block : model.blocks()) {
            out.println("block " + block.name() + " " + block.rows() + " " + block.columns() + " " + block.positive());
        }
        for (Polynomial component : model.factorisation()) {
            out.println("output");
            component.forEachTerm((monomial, coefficient) -> {
                StringJoiner line = new StringJoiner(" ");
                line.add("term").add(coefficient.getNumerator() + "/" + coefficient.getDenominator());
                for (int variable : monomial.variables()) {
                    line.add(String.valueOf(variable));
                }
                out.println(line);
            });
        }
        out.println("end");
    }

    /** Writes the failure {@code message} instead of a model. */
    public static void writeError(String message, PrintStream out) {
        out.println("error " + escape(message));
    }

    /**
     * The model of an export.
     *
     * @throws SpecException      with the definition's own message for an {@code error} line, naming the
     *                            line that is not part of an export, or the spec's own problem
     * @throws LawkeeperException ({@link org.lawkeeper.core.LimitExceededException}) when the model exceeds
     *                            {@code limits}, checked while reading
     */
    public static Model read(List<String> lines, Limits limits) throws LawkeeperException {
        if (lines.isEmpty() || !HEADER.equals(lines.get(0))) {
            String first = lines.isEmpty() ? "no output" : lines.get(0);
            throw new SpecException(first.startsWith("error ") ? unescape(first.substring("error ".length()))
                    : "unexpected output: " + quote(first));
        }
        Reader reader = new Reader(limits);
        for (int i = 1; i < lines.size(); i++) {
            try {
                if (reader.line(lines.get(i))) {
                    return reader.model();
                }
            } catch (NumberFormatException | ArithmeticException e) {
                throw new SpecException("malformed number in line " + (i + 1) + " of a model export: "
                        + quote(lines.get(i)));
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw new SpecException("line " + (i + 1) + " of a model export: " + e.getMessage());
            }
        }
        throw new SpecException("a model export without its end line");
    }

    /** The reader's state between lines. */
    private static final class Reader {
        private final Limits limits;
        private ModelSpec spec;
        private ModelBuilder builder;
        private String name;
        private final List<Polynomial> outputs = new ArrayList<>();
        private List<Polynomial> terms;
        private long parameters;
        private long termCount;

        Reader(Limits limits) {
            this.limits = limits;
        }

        /** Reads one line; true at the end. */
        boolean line(String line) throws LawkeeperException {
            String[] words = line.split(" ");
            if (spec != null && !line.equals("end")) {
                throw new SpecException("a model export with more than its spec: " + quote(line));
            }
            switch (words[0]) {
                case "spec" -> {
                    if (builder != null) {
                        throw new SpecException("a model export with both a name and a spec");
                    }
                    spec = ModelSpec.parse(unescape(line.substring("spec ".length())));
                }
                case "name" -> {
                    name = unescape(line.substring("name ".length()));
                    builder = Model.builder(name);
                }
                case "block" -> declare(words);
                case "output", "end" -> {
                    if (terms != null) {
                        outputs.add(Polynomial.sum(terms)); // closes the component before
                    }
                    terms = words[0].equals("output") ? new ArrayList<>() : null;
                    return words[0].equals("end");
                }
                case "term" -> term(words);
                default -> throw new SpecException("unexpected line in a model export: " + quote(line));
            }
            return false;
        }

        Model model() throws LawkeeperException {
            if (spec != null) {
                return spec.build(limits);
            }
            if (builder == null) {
                throw new SpecException("a model export without a name");
            }
            return builder.output(outputs.toArray(Polynomial[]::new)).build();
        }

        private void declare(String[] words) throws LawkeeperException {
            if (builder == null || words.length != 5) {
                throw new SpecException("malformed block in a model export: " + quote(String.join(" ", words)));
            }
            int rows = Integer.parseInt(words[2]);
            int columns = Integer.parseInt(words[3]);
            parameters += (long) Math.max(0, rows) * Math.max(0, columns);
            limits.checkStateDimension((int) Math.min(parameters, Integer.MAX_VALUE), "custom model " + name);
            if (Boolean.parseBoolean(words[4])) {
                builder.positiveBlock(words[1], rows, columns);
            } else {
                builder.block(words[1], rows, columns);
            }
        }

        private void term(String[] words) throws LawkeeperException {
            if (terms == null || words.length < 2) {
                throw new SpecException("a term outside an output in a model export");
            }
            limits.checkTerms(++termCount, "custom model " + name);
            String[] fraction = words[1].split("/");
            if (fraction.length != 2) {
                throw new NumberFormatException(words[1]);
            }
            int[] variables = new int[words.length - 2];
            for (int i = 0; i < variables.length; i++) {
                variables[i] = Integer.parseInt(words[i + 2]);
            }
            terms.add(Polynomial.term(new BigFraction(new BigInteger(fraction[0]), new BigInteger(fraction[1])),
                    Monomial.of(variables)));
        }
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** At most {@value #QUOTED} characters of {@code line}, for messages. */
    private static String quote(String line) {
        return "'" + (line.length() <= QUOTED ? line : line.substring(0, QUOTED) + "…") + "'";
    }
}
