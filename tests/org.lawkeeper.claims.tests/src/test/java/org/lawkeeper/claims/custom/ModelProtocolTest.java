package org.lawkeeper.claims.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lawkeeper.core.LimitExceededException;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.SpecException;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelBuilder;
import org.lawkeeper.core.model.ModelSpec;
import org.lawkeeper.core.polynomial.PolynomialMatrix;

/** The child-JVM protocol: what is written is read back, whatever a name or message holds. */
class ModelProtocolTest {

    private static List<String> written(Model model) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ModelProtocol.write(model, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void aModelDefinedByItsFactorisationRoundTrips() throws Exception {
        ModelBuilder builder = Model.builder("uv + w²/3");
        PolynomialMatrix uv = builder.positiveBlock("uv", 1, 2);
        PolynomialMatrix w = builder.block("w", 2, 1);
        Model model = builder.output(uv.times(w)).output(w.transpose().times(w).scale(new BigFraction(1, 3))).build();
        Model read = ModelProtocol.read(written(model), Limits.DEFAULT);
        assertEquals(model.name(), read.name());
        assertEquals(model.blocks(), read.blocks());
        assertEquals(model.factorisation(), read.factorisation());
    }

    @Test
    void aModelBuiltFromASpecTravelsAsTheSpec() throws Exception {
        Model network = ModelSpec.parse("net:2x4>attention(heads=2,dk=2)").build(Limits.DEFAULT);
        assertEquals(List.of(ModelProtocol.HEADER, "spec net:2x4>attention(heads=2,dk=2)", "end"), written(network));
        Model read = ModelProtocol.read(written(network), Limits.DEFAULT);
        assertEquals(network.name(), read.name());
        assertEquals(network.blocks(), read.blocks());
        assertEquals(network.spec().orElseThrow().text(), read.spec().orElseThrow().text());
        assertTrue(read.network().isPresent() && !read.hasFactorisation(), "softmax attention has no factorisation");
        Model relu = ModelSpec.parse("relu:3,4,2+bias").build(Limits.DEFAULT);
        assertEquals(relu.factorisation(), ModelProtocol.read(written(relu), Limits.DEFAULT).factorisation());
    }

    @Test
    void namesAndMessagesCannotBreakALine() throws Exception {
        ModelBuilder builder = Model.builder("two\nlines \\ and\r\nmore");
        PolynomialMatrix u = builder.positiveBlock("u", 1, 2);
        Model model = builder.output(u.entry(0, 0).times(u.entry(0, 1))).build();
        assertEquals(model.name(), ModelProtocol.read(written(model), Limits.DEFAULT).name());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ModelProtocol.writeError("define() failed:\nline two", new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(1, lines.size());
        SpecException e = assertThrows(SpecException.class, () -> ModelProtocol.read(lines, Limits.DEFAULT));
        assertEquals("define() failed:\nline two", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "a\nb", "end", "\nend\n", "ends with a backslash\\", "\\n is no newline", "\r\n\r",
        "error x", "lawkeeper-model 3\nspec linear:1,1,1", "nul\u0000 and \u2028 separators\u0085", "\\\\\n" })
    void hostileNamesRoundTrip(String name) throws Exception {
        ModelBuilder builder = Model.builder(name);
        PolynomialMatrix u = builder.block("u", 1, 1);
        Model model = builder.output(u.entry(0, 0)).build();
        List<String> lines = written(model);
        assertEquals(6, lines.size(), String.join("|", lines));
        assertEquals(name, ModelProtocol.read(lines, Limits.DEFAULT).name());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "block u 1 x false             | malformed number in line 3",
        "term 1/0 0                    | a term outside an output",
        "output;term 1/2/3 0           | malformed number in line 5",
        "output;term 1/1 -1            | line 5 of a model export: negative variable index -1",
        "output;term 1/1 5;end         | output 1 of model m uses variable x5, but the blocks declare only 2",
        "block 1u 1 1 false            | line 3 of a model export: block name '1u' is not an identifier",
        "bogus                         | unexpected line in a model export: 'bogus'",
        "output                        | a model export without its end line"})
    void malformedExportsAreNamed(String lines, String message) {
        List<String> export = new ArrayList<>(List.of(ModelProtocol.HEADER, "name m", "block u 1 2 false"));
        if (lines.startsWith("block") || lines.startsWith("bogus")) {
            export.remove(2);
        }
        export.addAll(List.of(lines.split(";")));
        SpecException e = assertThrows(SpecException.class, () -> ModelProtocol.read(export, Limits.DEFAULT));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "spec net:0>dense(2)                  | column 5 of 'net:0>dense(2)': the input width must be at least 1, not 0",
        "spec linear:2,2,2;block u 1 1 false  | a model export with more than its spec: 'block u 1 1 false'",
        "name m;spec linear:2,2,2             | a model export with both a name and a spec",
        "spec linear:2,2,2                    | a model export without its end line"})
    void malformedSpecExportsAreNamed(String lines, String message) {
        List<String> export = new ArrayList<>(List.of(ModelProtocol.HEADER));
        export.addAll(List.of(lines.split(";")));
        SpecException e = assertThrows(SpecException.class, () -> ModelProtocol.read(export, Limits.DEFAULT));
        assertEquals(message, e.getMessage());
    }

    @Test
    void anExportThatIsNoExportIsQuotedShortly() {
        String noise = "x".repeat(500);
        SpecException e = assertThrows(SpecException.class, () -> ModelProtocol.read(List.of(noise), Limits.DEFAULT));
        assertTrue(e.getMessage().length() < 120, e.getMessage());
    }

    @Test
    void sizeLimitsApplyWhileReading() {
        List<String> big = List.of(ModelProtocol.HEADER, "name big", "block u 100 100 false", "end");
        LimitExceededException e = assertThrows(LimitExceededException.class,
                () -> ModelProtocol.read(big, new Limits(4000, 1000)));
        assertTrue(e.getMessage().contains("custom model big has state dimension 10000"), e.getMessage());
        List<String> many = new ArrayList<>(List.of(ModelProtocol.HEADER, "name many", "block u 1 1 false", "output"));
        for (int i = 0; i < 20; i++) {
            many.add("term 1/1 0");
        }
        assertThrows(LimitExceededException.class, () -> ModelProtocol.read(many, new Limits(4000, 10)));
        List<String> network = List.of(ModelProtocol.HEADER, "spec net:40>dense(40)>gelu>dense(40)", "end");
        e = assertThrows(LimitExceededException.class, () -> ModelProtocol.read(network, new Limits(1000, 1000)));
        assertTrue(e.getMessage().contains("has state dimension 3200, above the limit 1000"), e.getMessage());
    }
}
