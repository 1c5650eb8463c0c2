package org.lawkeeper.core.law;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelSpec;
import org.lawkeeper.core.polynomial.Monomial;
import org.lawkeeper.core.polynomial.Polynomial;

class LawParserTest {

    @Test
    void balancednessStandsForTheUpperTriangle() throws Exception {
        Law law = parse("linear:2,3,2", "gf", "U1^T*U1 - U2*U2^T");
        assertEquals(6, law.size());
        assertEquals(List.of("[1,1]", "[1,2]", "[1,3]", "[2,2]", "[2,3]", "[3,3]"), law.entryNames());
        // U1 is 2×3 at θ_0..θ_5, U2 is 3×2 at θ_6..θ_11: entry [1,1] = U1[1,1]² + U1[2,1]² − U2[1,1]² − U2[1,2]²
        Polynomial expected = square(0).plus(square(3)).minus(square(6)).minus(square(7));
        assertEquals(expected, law.polynomials().get(0));
        assertEquals("U1^T*U1 - U2*U2^T", law.text());
    }

    @Test
    void momentumLawCarriesTheTimeFactorAsS() throws Exception {
        Law law = parse("linear:2,2,2", "momentum:tau=1/2", "exp(tau*t)*skew(U1^T*U1' + U2*U2'^T)");
        assertEquals(List.of("[1,2]"), law.entryNames());
        Polynomial entry = law.polynomials().get(0);
        entry.forEachTerm((m, c) -> assertEquals(1, m.exponent(0), "every term has the factor s: " + entry));
        assertEquals(4, entry.degree() + 1, "s · θ · θ' is cubic");
    }

    @Test
    void precedenceOfSignsPowersAndProducts() throws Exception {
        assertEquals(square(0).negate(), single("product:2", "momentum", "-t^2"));
        assertEquals(Polynomial.variable(0).plus(square(1).scale(new BigFraction(2))),
                single("product:2", "gf", "x[1] + 2*x[2]^2"));
        assertEquals(single("product:2", "gf", "(x[1] - x[2])*(x[1] + x[2])"),
                single("product:2", "gf", "x[1]^2 - x[2]^2"));
        assertEquals(single("product:2", "gf", "1/2*x[1]"), single("product:2", "gf", "0.5*x[1]"));
        assertEquals(single("product:2", "gf", "x[1]/4"), single("product:2", "gf", "x[1]*1/2/2"));
        assertEquals(single("product:2", "gf", "-(-x[1])"), single("product:2", "gf", "x[1]"));
    }

    @Test
    void primesTransposesAndEntries() throws Exception {
        Law law = parse("linear:2,3,2", "momentum", "U2'^T[2,3] - U2'[3,2] + U1[1,2]'");
        assertEquals(Polynomial.variable(14), law.polynomials().get(0), "U1[1,2]' sits at 1 + D + 1 = 14");
    }

    @Test
    void slicesSelectSubMatrices() throws Exception {
        // U1 is 2×3 at θ_0..θ_5
        assertEquals(single("linear:2,3,2", "gf", "U1[1,2]^2 + U1[2,2]^2 + U1[1,3]^2 + U1[2,3]^2"),
                single("linear:2,3,2", "gf", "norm2(U1[:,2:3])"));
        assertEquals(single("linear:2,3,2", "gf", "U1[2,1] + U1[2,2]"), single("linear:2,3,2", "gf", "sum(U1[2,1:2])"));
        assertEquals(List.of("[1]", "[2]"), parse("relu:2,3,2+bias", "gf", "b1[2:3]").entryNames());
        assertEquals(Polynomial.variable(13), parse("relu:2,3,2+bias", "gf", "b1[2:3]").polynomials().get(0));
        assertEquals("U1[:,2:3]^T*U1[:,2:3]", parse("linear:2,3,2", "gf", "U1[:,2:3]^T*U1[:,2:3]").text());
    }

    @Test
    void reductionsAndTraces() throws Exception {
        Law nmf = parse("nmf:2,3,2", "mirror", "sum(U, cols)^T - sum(V, rows)");
        assertEquals(List.of("[1]", "[2]", "[3]"), nmf.entryNames());
        assertEquals(single("relu:2,2,2", "gf", "U2[1,1]^2 + U2[1,2]^2"),
                parse("relu:2,2,2", "gf", "norm2(U2, rows)").polynomials().get(0));
        assertEquals(single("linear:2,2,2", "gf", "U1[1,1] + U1[2,2]"), single("linear:2,2,2", "gf", "tr(U1)"));
        assertEquals(single("linear:2,2,2", "gf", "norm2(U1)"), single("linear:2,2,2", "gf", "tr(U1^T*U1)"));
        assertEquals(single("linear:2,2,2", "gf", "sum(U1)"), single("linear:2,2,2", "gf", "sum(sum(U1, rows))"));
        Law symmetric = parse("linear:2,2,2", "gf", "sym(U1)");
        assertEquals(List.of("[1,1]", "[1,2]", "[2,2]"), symmetric.entryNames());
        assertEquals(1, parse("linear:2,2,2", "gf", "skew(U1)").size());
    }

    @Test
    void constantsAndDependentEntriesDoNotCount() throws Exception {
        assertEquals(0, parse("linear:2,2,2", "gf", "U1 - U1").size());
        assertEquals(0, parse("linear:2,2,2", "gf", "2*3 + 4").size());
        assertEquals(List.of("[1,1]", "[1,2]", "[2,2]"), parse("linear:2,2,2", "gf", "sym(U1)*sym(U1)").entryNames());
    }

    @Test
    void evaluationAgreesWithThePolynomialsIncludingTime() throws Exception {
        double tau = 0.5;
        double time = 0.3;
        double[] theta = {0.2, -1.1, 0.7, 1.3, 0.4, -0.6, 0.9, 1.7};
        double[] velocity = {0.5, 0.1, -0.3, 0.8, -1.2, 0.25, 0.6, -0.4};
        Law law = parse("linear:2,2,2", "momentum:tau=1/2", "(exp(tau*t)*skew(U1^T*U1' + U2*U2'^T))[1,2] + t^0");
        double[] values = law.evaluate(time, theta, velocity);
        BigFraction[] state = new BigFraction[17];
        state[0] = new BigFraction(Math.exp(tau * time));
        for (int j = 0; j < 8; j++) {
            state[1 + j] = new BigFraction(theta[j]);
            state[9 + j] = new BigFraction(velocity[j]);
        }
        assertEquals(law.polynomials().get(0).evaluate(state).doubleValue(), values[0], 1e-12);
        assertArrayEquals(new double[] {theta[0] * Math.exp(2 * time)},
                parse("linear:2,2,2", "momentum:tau=1/2", "exp(2*t)*U1[1,1]").evaluate(time, theta, velocity), 1e-12);
    }

    @Test
    void exponentialsArePolynomialOnlyAsPowersOfS() throws Exception {
        assertEquals(Polynomial.term(BigFraction.ONE, Monomial.of(0, 0, 0, 0, 1)),
                single("linear:1,1,1", "momentum:tau=1/2", "exp(2*t)*U1"));
        Law notPolynomial = parse("linear:1,1,1", "momentum:tau=1/2", "exp(t/3)*U1");
        assertFalse(notPolynomial.isPolynomial());
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, notPolynomial::polynomials);
        assertTrue(e.getMessage().startsWith("column 1: exp(…) is not a polynomial"), e.getMessage());
        assertFalse(parse("linear:1,1,1", "momentum:tau=1", "t*U1").isPolynomial());
        assertTrue(parse("linear:1,1,1", "momentum:tau=1", "(t - t)*U1 + U1'").isPolynomial());
        assertTrue(parse("linear:1,1,1", "nesterov", "t^3*U1'").isPolynomial());
        assertFalse(parse("linear:1,1,1", "momentum", "exp(t)*U1'").isPolynomial());
    }

    @ParameterizedTest(name = "{index}: {2}")
    @CsvSource(delimiter = '|', value = {
        "linear:2,3,2 | gf       | (U1 + U1                | 1  | '(' is never closed",
        "linear:2,3,2 | gf       | skew(U1^T*U1            | 5  | '(' is never closed",
        "linear:2,3,2 | gf       | U1)                     | 3  | unmatched ')'",
        "linear:2,3,2 | gf       | (U1 U2)                 | 5  | expected ')' to close the '(' at column 1",
        "linear:2,3,2 | gf       | U1^T*W                  | 6  | unknown block 'W' (blocks of linear:2,3,2: U1, U2)",
        "linear:2,3,2 | gf       | U1 + U2                 | 4  | cannot add 3×2 to 2×3",
        "linear:2,3,2 | gf       | U1*U1                   | 3  | cannot multiply 2×3 by 2×3 (inner sizes 3 and 2",
        "linear:2,3,2 | gf       | skew(U1)                | 1  | skew needs a square matrix, not 2×3",
        "linear:2,3,2 | gf       | 2*sym(U2)               | 3  | sym needs a square matrix, not 3×2",
        "linear:2,3,2 | gf       | tr(U1)                  | 1  | tr needs a square matrix, not 2×3",
        "linear:2,3,2 | gf       | U1'                     | 3  | velocities (') exist only under momentum flows",
        "linear:2,3,2 | gf       | t*U1                    | 1  | time t exists only under momentum flows",
        "linear:2,3,2 | gf       | tau*U1                  | 1  | gf has no constant friction tau",
        "linear:2,3,2 | nesterov | tau*U1                  | 1  | nesterov has no constant friction tau",
        "linear:2,3,2 | gf       | U1[3,1]                 | 4  | row 3 is out of range for a 2×3 matrix (1..2)",
        "linear:2,3,2 | gf       | U1[1,0]                 | 6  | column 0 is out of range",
        "relu:2,2,2+bias | gf    | b1[3]                   | 4  | index 3 is out of range for a 2×1 matrix (1..2)",
        "linear:2,3,2 | gf       | U1[:,2:4]               | 8  | column 4 is out of range for a 2×3 matrix (1..3)",
        "linear:2,3,2 | gf       | U1[:,3:2]               | 8  | the column range 3:2 is empty",
        "linear:2,3,2 | gf       | U1[1:2]                 | 4  | a 2×3 matrix needs two indices",
        "linear:2,3,2 | gf       | U1[1]                   | 4  | a 2×3 matrix needs two indices",
        "linear:2,3,2 | gf       | U1 $ U2                 | 4  | unexpected character '$'",
        "linear:2,3,2 | gf       | U1 U2                   | 4  | unexpected 'U2' after a complete expression",
        "linear:2,3,2 | gf       | U1 +                    | 5  | the law ends where a value is expected",
        "linear:2,3,2 | momentum | 1/(t - t)               | 2  | division by zero",
        "linear:2,3,2 | momentum | 1/t                     | 2  | can only divide by a constant number",
        "linear:2,3,2 | gf       | U1^2                    | 3  | only scalars have powers, not a 2×3 matrix",
        "linear:2,3,2 | gf       | U1[1,1]^x               | 9  | expected T or a whole number after '^'",
        "linear:2,3,2 | gf       | U1[1,1]^100             | 9  | exponent 100 is above 64",
        "linear:2,3,2 | gf       | (U1[1,1]^9)^9           | 12 | the law's degree exceeds 64",
        "linear:2,3,2 | gf       | foo(U1)                 | 1  | unknown function 'foo' (known: exp, skew, sym, tr, sum,",
        "linear:2,3,2 | gf       | exp(U1)                 | 1  | exp takes a scalar, not a 2×3 matrix",
        "linear:2,3,2 | gf       | sum(U1, diagonal)       | 9  | expected rows or cols, found 'diagonal'",
        "linear:2,3,2 | gf       | skew                    | 1  | skew is a function: write skew(…)",
        "linear:2,3,2 | momentum | (U1^T)'                 | 7  | a prime (velocity) applies to a block or its entry",
        "linear:2,3,2 | gf       | 1..5                    | 1  | malformed number '1.'",
        "linear:2,3,2 | gf       | '   '                   | 1  | the law is empty",
    })
    void errorsNameTheColumnAndTheProblem(String model, String flow, String text, int column, String message) {
        LawSyntaxException e = assertThrows(LawSyntaxException.class, () -> parse(model, flow, text));
        assertEquals(column, e.column(), e.getMessage());
        assertTrue(e.problem().startsWith(message), e.getMessage());
        assertEquals("column " + column + ": " + e.problem(), e.getMessage());
    }

    @Test
    void deepNestingIsAnErrorNotAStackOverflow() {
        String deep = "(".repeat(5000) + "t" + ")".repeat(5000);
        assertThrows(LawSyntaxException.class, () -> parse("linear:2,2,2", "momentum", deep));
        assertEquals(0, assertDoesNotFail("-".repeat(100_000) + "1").size());
    }

    private static Law assertDoesNotFail(String text) {
        try {
            return parse("linear:2,2,2", "gf", text);
        } catch (Exception e) {
            throw new AssertionError(text + " failed: " + e, e);
        }
    }

    static Law parse(String model, String flow, String text) throws Exception {
        Model m = ModelSpec.parse(model).build(Limits.DEFAULT);
        return LawParser.parse(text, m, FlowSpec.parse(flow));
    }

    private static Polynomial single(String model, String flow, String text) throws Exception {
        List<Polynomial> polynomials = parse(model, flow, text).polynomials();
        assertEquals(1, polynomials.size(), text);
        return polynomials.get(0);
    }

    private static Polynomial square(int variable) {
        return Polynomial.term(BigFraction.ONE, Monomial.of(variable, variable));
    }
}
