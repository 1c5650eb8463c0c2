package org.lawkeeper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountCommandTest {

    @Test
    void textReportNamesCountAndCertificate() {
        CliRunner r = CliRunner.run("count", "linear:2,3,2,2", "--flow", "momentum:tau=1/2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("linear:2,3,2,2 under momentum:tau=1/2: 4 laws (exact rank 29 of 33 mod p = "),
                r.out());
        assertEquals("", r.err());
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
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "count linear:2,x,2                         | width 'x' in 'linear:2,x,2' is not a whole number",
        "count linear:2,0,2                         | width 0 in 'linear:2,0,2' must be at least 1",
        "count linear:2,-3,2                        | width -3 in 'linear:2,-3,2' must be at least 1",
        "count linear:2,2,2 --flow adam             | unknown flow 'adam'",
        "count linear:2,2,2 --flow momentum:tau=-1  | friction tau must be ≥ 0",
        "count blob:2                               | unknown model kind 'blob'",
        "count linear:60,60,60 --flow momentum      | state dimension 14401, above the limit 10000",
        "count linear:3,3,3 --max-dimension 10      | above the limit 10",
        "count linear:3,3,3 --max-dimension zero    | --max-dimension expects a whole number",
        "count linear:3,3,3 --seed 1.5              | --seed expects a whole number",
        "count linear:3,3,3 --max-depth 0           | --max-depth must lie between 1 and 30",
        "count product:8 --flow momentum --max-depth 3 | did not close within bracket depth 3 (rank 5 of 17",
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
