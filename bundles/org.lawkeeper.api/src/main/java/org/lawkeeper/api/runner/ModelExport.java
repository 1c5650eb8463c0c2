package org.lawkeeper.api.runner;

import java.io.PrintStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.hipparchus.fraction.BigFraction;
import org.lawkeeper.api.ModelDefinition;
import org.lawkeeper.core.SpecException;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelBuilder;
import org.lawkeeper.core.model.ParameterBlock;
import org.lawkeeper.core.polynomial.Monomial;
import org.lawkeeper.core.polynomial.Polynomial;

/**
 * Runs a user's {@link ModelDefinition} in its own JVM (the IDE starts it on the project's classpath)
 * and prints the model it defines in a line format the IDE reads back:
 *
 * <pre>
 * lawkeeper-model 1
 * name NAME
 * block NAME ROWS COLUMNS POSITIVE      (one per block, in order)
 * output                                (one per component of φ)
 * term NUMERATOR/DENOMINATOR V1 V2 …    (variables with repetition, one line per term)
 * end
 * </pre>
 *
 * or {@code error MESSAGE}, with a non-zero exit code, when the class cannot be defined.
 */
public final class ModelExport {
    /** The first line of every export. */
    public static final String HEADER = "lawkeeper-model 1";

    private ModelExport() {
    }

    /** {@code args[0]}: the binary name of the class implementing {@link ModelDefinition}. */
    public static void main(String[] args) {
        PrintStream out = System.out;
        try {
            Class<?> type = Class.forName(args[0], true, Thread.currentThread().getContextClassLoader());
            if (!ModelDefinition.class.isAssignableFrom(type)) {
                fail(out, args[0] + " does not implement ModelDefinition", 2);
            }
            Model model = ((ModelDefinition) type.getConstructor().newInstance()).define();
            out.println(HEADER);
            write(model, out);
            out.println("end");
            out.flush();
        } catch (ReflectiveOperationException e) {
            fail(out, "cannot instantiate " + args[0] + " (a public no-argument constructor is needed): " + e, 3);
        } catch (Exception | LinkageError e) {
            fail(out, args[0] + ".define() failed: " + e, 4);
        }
    }

    private static void write(Model model, PrintStream out) {
        out.println("name " + model.name());
        for (ParameterBlock block : model.blocks()) {
            out.println("block " + block.name() + " " + block.rows() + " " + block.columns() + " " + block.positive());
        }
        for (Polynomial component : model.factorisation()) {
            out.println("output");
            component.forEachTerm((monomial, coefficient) -> {
                StringJoiner line = new StringJoiner(" ");
                line.add("term").add(fraction(coefficient));
                for (int variable : monomial.variables()) {
                    line.add(String.valueOf(variable));
                }
                out.println(line);
            });
        }
    }

    /**
     * The model of an export (the IDE's side of the format).
     *
     * @throws SpecException with the definition's own message when the export is an {@code error} line,
     *                       or when it is not an export at all
     */
    public static Model read(List<String> lines) throws SpecException {
        if (lines.isEmpty() || !HEADER.equals(lines.get(0))) {
            String first = lines.isEmpty() ? "no output" : lines.get(0);
            throw new SpecException(first.startsWith("error ") ? first.substring("error ".length()) : "unexpected output: " + first);
        }
        ModelBuilder builder = null;
        List<Polynomial> outputs = new ArrayList<>();
        List<Polynomial> terms = new ArrayList<>();
        boolean open = false;
        for (String line : lines.subList(1, lines.size())) {
            String[] words = line.split(" ");
            switch (words[0]) {
                case "name" -> builder = Model.builder(line.substring("name ".length()));
                case "block" -> declare(builder, words);
                case "output", "end" -> {
                    if (open) {
                        outputs.add(Polynomial.sum(terms)); // closes the component before
                    }
                    terms = new ArrayList<>();
                    open = words[0].equals("output");
                }
                case "term" -> terms.add(term(words));
                default -> throw new SpecException("unexpected line in a model export: " + line);
            }
        }
        if (builder == null) {
            throw new SpecException("a model export without a name");
        }
        return builder.output(outputs.toArray(Polynomial[]::new)).build();
    }

    private static void declare(ModelBuilder builder, String[] words) throws SpecException {
        if (builder == null || words.length != 5) {
            throw new SpecException("malformed block in a model export: " + String.join(" ", words));
        }
        int rows = Integer.parseInt(words[2]);
        int columns = Integer.parseInt(words[3]);
        if (Boolean.parseBoolean(words[4])) {
            builder.positiveBlock(words[1], rows, columns);
        } else {
            builder.block(words[1], rows, columns);
        }
    }

    private static Polynomial term(String[] words) {
        String[] fraction = words[1].split("/");
        int[] variables = new int[words.length - 2];
        for (int i = 0; i < variables.length; i++) {
            variables[i] = Integer.parseInt(words[i + 2]);
        }
        return Polynomial.term(new BigFraction(new BigInteger(fraction[0]), new BigInteger(fraction[1])),
                Monomial.of(variables));
    }

    private static String fraction(BigFraction value) {
        return value.getNumerator() + "/" + value.getDenominator();
    }

    private static void fail(PrintStream out, String message, int code) {
        out.println("error " + message.replace('\n', ' '));
        out.flush();
        System.exit(code);
    }
}
