package org.lawkeeper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountCommandTest {
    private static final Pattern PRIMES = Pattern.compile("mod p = (\\d+) and (\\d+)");

    @Test
    void textReportNamesCountAndCertificate() {
        CliRunner r = CliRunner.run("count", "linear:2,3,2,2", "--flow", "momentum:tau=1/2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("linear:2,3,2,2 under momentum:tau=1/2: 4 laws (exact rank 29 of 33 mod p = "),
                r.out());
        assertTrue(!r.out().contains("independent blocks"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void textReportNamesTheIndependentBlocks() {
        CliRunner r = CliRunner.run("count", "relu:2,3,2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("relu:2,3,2 under gf: 3 laws (exact rank 9 of 12 mod p = "), r.out());
        assertTrue(r.out().contains("\n  state θ of dimension 12 in 3 independent blocks; brackets up to"),
                r.out());
    }

    @Test
    void jsonHasTheDocumentedFields() {
        CliRunner r = CliRunner.run("count", "relu:2,3,2+bias", "--flow", "gf", "--json", "--seed", "7");
        assertEquals(0, r.code(), r.err());
        String json = r.out().strip();
        assertTrue(json.startsWith("{") && json.endsWith("}") && !json.contains("\n"), json);
        assertEquals("\"relu:2,3,2+bias\"", field(json, "model"));
        assertEquals("\"gf\"", field(json, "flow"));
        assertEquals("15", field(json, "stateDimension"));
        assertEquals("12", field(json, "rank"));
        assertEquals("3", field(json, "count"));
        assertEquals("true", field(json, "exact"));
        assertEquals("3", field(json, "blocks"));
        assertEquals("7", field(json, "seed"));
        assertTrue(Double.parseDouble(field(json, "seconds")) >= 0);
        assertTrue(json.matches(".*\"primes\":\\[\\d+,\\d+\\].*"), json);
    }

    @Test
    void floatModeAgreesAndSaysSo() {
        CliRunner r = CliRunner.run("count", "nmf:3,3,3", "--flow", "mirror", "--float", "--json");
        assertEquals(0, r.code(), r.err());
        assertEquals("3", field(r.out(), "count"));
        assertEquals("false", field(r.out(), "exact"));
        assertEquals("1", field(r.out(), "blocks"));
        assertEquals("true", field(r.out(), "trustworthy"));
        assertTrue(r.out().contains("\"tolerances\":[1.0E-10,1.0E-9,1.0E-8],\"seeds\":[20240512,20240513]"), r.out());
    }

    @Test
    void floatModeSaysWhatAgreed() {
        CliRunner r = CliRunner.run("count", "nmf:3,3,3", "--flow", "mirror", "--float");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("nmf:3,3,3 under mirror: 3 laws (floating-point rank 15 of 18, same rank at "
                + "tolerances 1e-10, 1e-09, 1e-08 and seeds 20240512, 20240513; residual gap "), r.out());
    }

    @Test
    void floatModeRefusesAnUntrustworthyRankInJsonToo() {
        CliRunner r = CliRunner.run("count", "linear:2,3,2,2", "--float", "--tolerance", "0.5", "--json");
        assertEquals(2, r.code(), r.out());
        assertEquals("false", field(r.out(), "trustworthy"));
        assertTrue(field(r.out(), "reason").endsWith("count exactly instead (without --float)\""), r.out());
        assertTrue(!r.out().contains("\"count\""), r.out());
    }

    @Test
    void aFrictionDivisibleByThePrintedPrimesLeavesTheCountTrue() {
        Matcher printed = PRIMES.matcher(CliRunner.run("count", "linear:2,2,2", "--flow", "momentum:tau=1/2").out());
        assertTrue(printed.find());
        String tau = new BigInteger(printed.group(1)).multiply(new BigInteger(printed.group(2))).toString();

        CliRunner r = CliRunner.run("count", "linear:2,2,2", "--flow", "momentum:tau=" + tau);

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("linear:2,2,2 under momentum:tau=" + tau + ": 1 law (exact rank 16 of 17 mod p = "),
                r.out());
        Matcher chosen = PRIMES.matcher(r.out());
        assertTrue(chosen.find());
        assertTrue(!chosen.group(1).equals(printed.group(1)) && !chosen.group(2).equals(printed.group(2)), r.out());
    }

    @Test
    void maxDepthAdmitsTheDepthTheOutputReports() {
        CliRunner r = CliRunner.run("count", "linear:2,3,2,2", "--flow", "momentum:tau=1/2", "--max-depth", "4");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("4 laws") && r.out().contains("brackets up to depth 4 "), r.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "count linear:2,x,2                         | width 'x' in 'linear:2,x,2' is not a whole number",
        "count linear:2,0,2                         | width 0 in 'linear:2,0,2' must be at least 1",
        "count linear:2,-3,2                        | width -3 in 'linear:2,-3,2' must be at least 1",
        "count linear:2,2,2 --flow adam             | unknown flow 'adam'",
        "count linear:2,2,2 --flow momentum:tau=-1  | friction tau must be ≥ 0",
        "count blob:2                               | unknown model kind 'blob'",
        "count linear:80,80,80 --flow momentum      | state dimension 25601, above the limit 20000",
        "count linear:3,3,3 --max-dimension 10      | above the limit 10",
        "count linear:3,3,3 --max-dimension zero    | --max-dimension expects a whole number",
        "count linear:3,3,3 --seed 1.5              | --seed expects a whole number",
        "count linear:3,3,3 --max-depth 0           | --max-depth must lie between 1 and 30",
        "count product:8 --flow momentum --max-depth 3 | did not close within bracket depth 3 (rank 5 of 17 within it)",
        "count linear:2,3,2,2 --flow momentum:tau=1/2 --max-depth 3 | did not close within bracket depth 3",
        "count linear:2,3,1 --flow momentum:tau=100 --float | count exactly instead (without --float)",
        "count linear:2,7,1 --flow momentum:tau=100 --float | count exactly instead (without --float)",
        "count linear:2,3,2,2 --float --tolerance 0.5 | floating point cannot decide the rank of linear:2,3,2,2 under gf",
        "count linear:3,3,3 --timeout -1            | --timeout must be a positive number",
        "count linear:3,3,3 --colour                | unknown option --colour for 'count'",
        "count                                      | 'count' takes one MODEL, got none",
        "count linear:2,2,2 relu:2,2,2              | 'count' takes one MODEL, got linear:2,2,2 relu:2,2,2",
        "count linear:2,2,2 --flow                  | --flow needs a value",
        "frobnicate                                 | unknown command 'frobnicate'",
        "count linear:20,20,20 --flow momentum --timeout 0.3 | timed out after 0.3 s",
    })
    void badInputIsOneLineAndExitCodeTwo(String commandLine, String message) {
        CliRunner.assertBadInput(commandLine, message);
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\"[^\"]*\"|[^,}]+)").matcher(json);
        assertTrue(m.find(), name + " missing in " + json);
        return m.group(1);
    }
}
