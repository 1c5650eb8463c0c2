package org.lawkeeper.claims.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
    void aModelRoundTrips() throws Exception {
        Model model = ModelSpec.parse("icnn:2,3,2+bias").build(Limits.DEFAULT);
        Model read = ModelProtocol.read(written(model), Limits.DEFAULT);
        assertEquals(model.name(), read.name());
        assertEquals(model.blocks(), read.blocks());
        assertEquals(model.factorisation(), read.factorisation());
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
    }
}
