package org.lawkeeper.core.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.flow.Flow;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelSpec;

/**
 * Random strings built from the language's own pieces and stray characters: parsing may only fail
 * with {@link LawSyntaxException}, and what parses must evaluate without throwing.
 */
class LawParserFuzzTest {
    private static final List<String> PIECES = List.of("U1", "U2", "b1", "W", "t", "tau", "T", "'", "^", "^T",
            "*", "/", "+", "-", "(", ")", "[", "]", ",", "1", "2", "0", "3", "0.5", "1/2", "exp(", "skew(", "sym(",
            "tr(", "sum(", "norm2(", "rows", "cols", " ", "[1,1]", "[2]", "$", ".", "9999999999999", "é", "\t");

    @Test
    void thousandsOfRandomStringsOnlyEverFailWithTheDocumentedError() throws Exception {
        Model model = ModelSpec.parse("relu:2,2,2+bias").build(Limits.DEFAULT);
        List<Flow> flows =
                List.of(FlowSpec.parse("gf"), FlowSpec.parse("momentum:tau=1/2"), FlowSpec.parse("nesterov"));
        SplittableRandom random = new SplittableRandom(42);
        int parsed = 0;
        for (int trial = 0; trial < 6000; trial++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(14);
            for (int k = 0; k < length; k++) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            Flow flow = flows.get(trial % flows.size());
            try {
                Law law = LawParser.parse(text.toString(), model, flow);
                parsed++;
                double[] values = law.evaluate(0.25, new double[model.parameterCount()],
                        new double[flow.hasMomentum() ? model.parameterCount() : 0]);
                assertEquals(law.size(), values.length);
                assertEquals(law.size(), law.entryNames().size());
                if (law.isPolynomial()) {
                    assertEquals(law.size(), law.polynomials().size());
                }
            } catch (LawSyntaxException e) {
                assertTrue(e.column() >= 1 && e.column() <= text.length() + 1, text + " → " + e.getMessage());
            } catch (RuntimeException e) {
                throw new AssertionError("'" + text + "' under " + flow.spec() + " threw " + e, e);
            }
        }
        assertTrue(parsed > 100, "the generator should also produce valid laws, got " + parsed);
    }
}
