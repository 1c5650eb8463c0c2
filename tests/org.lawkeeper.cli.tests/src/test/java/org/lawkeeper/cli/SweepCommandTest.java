package org.lawkeeper.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SweepCommandTest {
    /** Five models under two flows: ten rows, which three shards cannot split evenly. */
    private static final String GRID = "linear:{1..5},2,2";

    @TempDir
    Path dir;

    @Test
    void aSmallGridGivesOneRowPerModelAndFlowInGridOrder() throws IOException {
        CliRunner r = sweep("linear:2,{1..3},{1,2}", "--flows", "gf,momentum", "--threads", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("sweep: 12 rows, 12 computed now, 0 kept from an earlier run, 0 with an error"),
                r.out());
        List<String> csv = csv("t");
        assertEquals("model,flow,D,rank,laws,seconds,seed,primes,status,error", csv.get(0));
        List<String> expected = new ArrayList<>();
        for (int hidden = 1; hidden <= 3; hidden++) {
            for (int output = 1; output <= 2; output++) {
                // two layers: h(h+1)/2 laws under gradient flow, h(h−1)/2 under momentum (docs/THEORY.md §12.1)
                expected.add("linear:2," + hidden + "," + output + " gf " + hidden * (hidden + 1) / 2);
                expected.add("linear:2," + hidden + "," + output + " momentum " + hidden * (hidden - 1) / 2);
            }
        }
        assertEquals(expected, csv.stream().skip(1).map(SweepCommandTest::modelFlowLaws).toList());
        List<String> jsonl = Files.readAllLines(dir.resolve("t.jsonl"));
        assertEquals(12, jsonl.size());
        assertTrue(jsonl.get(1).matches("\\{\"model\":\"linear:2,1,1\",\"flow\":\"momentum\",\"D\":7,\"rank\":7,"
                + "\"laws\":0,\"seconds\":[0-9.E-]+,\"seed\":\\d+,\"primes\":\\[\\d+,\\d+],\"status\":\"ok\",\"error\":null}"),
                jsonl.get(1));
    }

    @Test
    void shardsConcatenatedAreTheWholeTable() throws IOException {
        assertEquals(0, sweep(GRID, "--flows", "gf,momentum", "--out", dir.resolve("whole").toString()).code());
        List<String> csv = new ArrayList<>(List.of(csv("whole").get(0)));
        List<String> jsonl = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            CliRunner r = sweep(GRID, "--flows", "gf,momentum", "--shard", i + "/3", "--out",
                    dir.resolve("part" + i).toString());
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("sweep shard " + i + "/3: " + (i == 3 ? 4 : 3) + " rows"), r.out());
            csv.addAll(csv("part" + i).subList(1, csv("part" + i).size()));
            jsonl.addAll(Files.readAllLines(dir.resolve("part" + i + ".jsonl")));
        }
        // equal but for the time each row took
        assertEquals(withoutSeconds(csv("whole")), withoutSeconds(csv));
        assertEquals(Files.readAllLines(dir.resolve("whole.jsonl")).stream().map(SweepCommandTest::jsonWithoutSeconds)
                .toList(), jsonl.stream().map(SweepCommandTest::jsonWithoutSeconds).toList());
    }

    @Test
    void aRerunAfterAnInterruptionComputesOnlyWhatWasNotFinished() throws IOException {
        assertEquals(0, sweep(GRID, "--flows", "gf,momentum").code());
        // Falsify a finished row: had the rerun computed it again, its count would be 1 again, not 999.
        // Cut the last line short, as a run killed while writing it leaves it.
        List<String> lines = csv("t");
        String finished = lines.get(1);
        String falsified = finished.replace(",gf,6,3,3,", ",gf,6,3,999,");
        assertTrue(finished.startsWith("\"linear:1,2,2\",gf,6,3,3,") && !falsified.equals(finished), finished);
        lines.set(1, falsified);
        String last = lines.remove(lines.size() - 1);
        String text = String.join("\n", lines) + "\n" + last.substring(0, last.length() / 2);
        Files.writeString(dir.resolve("t.csv"), text);

        CliRunner r = sweep(GRID, "--flows", "gf,momentum");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("10 rows, 1 computed now, 9 kept from an earlier run (a cut-off last line was redone)"),
                r.out());
        assertEquals(1, r.out().lines().filter(l -> l.startsWith("  linear:")).count(), r.out());
        List<String> after = csv("t");
        assertEquals(falsified, after.get(1));
        assertEquals(modelFlowLaws(last), modelFlowLaws(after.get(10)));
        assertTrue(Files.readAllLines(dir.resolve("t.jsonl")).get(0).contains("\"laws\":999"));

        CliRunner again = sweep(GRID, "--flows", "gf,momentum");
        assertTrue(again.out().contains("10 rows, 0 computed now, 10 kept"), again.out());
    }

    @Test
    void aFailingRowIsARowWithItsErrorAndRetriedOnlyWhenAsked() throws IOException {
        CliRunner r = sweep("linear:{2,4},4,2", "--max-dimension", "20");
        assertEquals(0, r.code(), r.err());
        List<String> csv = csv("t");
        assertEquals("linear:2,4,2 gf 10", modelFlowLaws(csv.get(1)));
        assertTrue(csv.get(2).matches("\"linear:4,4,2\",gf,,,,[0-9.]+,\\d+,,error,.*above the limit 20.*"), csv.get(2));
        assertTrue(r.out().contains("1 with an error"), r.out());

        CliRunner retried = sweep("linear:{2,4},4,2", "--retry-errors");
        assertTrue(retried.out().contains("2 rows, 1 computed now, 1 kept"), retried.out());
        assertEquals("linear:4,4,2 gf 10", modelFlowLaws(csv("t").get(2)));
    }

    @Test
    void aRowOverItsTimeoutBecomesAnErrorRow() throws IOException {
        CliRunner r = sweep("linear:{20,21},20,20", "--flows", "momentum", "--timeout", "0.05");
        assertEquals(0, r.code(), r.err());
        assertTrue(csv("t").stream().skip(1).allMatch(l -> l.endsWith(",error,analysis timed out after 0.05 s")),
                csv("t").toString());
    }

    @Test
    void thePlotIsAnSvgWithOnePathPerFlow() throws Exception {
        Path svg = dir.resolve("t.svg");
        CliRunner r = sweep("linear:{1..3},{1..4},2", "--flows", "gf,momentum,natural", "--plot", svg.toString());
        assertEquals(0, r.code(), r.err());
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", document.getDocumentElement().getTagName());
        NodeList paths = document.getElementsByTagName("path");
        assertEquals(3, paths.getLength());
        List<String> flows = new ArrayList<>();
        for (int i = 0; i < paths.getLength(); i++) {
            Element path = (Element) paths.item(i);
            flows.add(path.getAttribute("data-flow"));
            // four hidden widths: a move and three lines
            assertEquals(4, path.getAttribute("d").split("[ML]").length - 1, path.getAttribute("d"));
        }
        assertEquals(List.of("gf", "momentum", "natural"), flows);
        assertTrue(Files.readString(svg).contains("width: size 2 of the model spec"));
    }

    @Test
    void badInputIsOneLine() throws IOException {
        CliRunner.assertBadInput("sweep linear:{1..3,2", "column 8 of the grid 'linear:{1..3,2': '{' is never closed");
        CliRunner.assertBadInput("sweep linear:{0..2},2", "width 0 in 'linear:0,2' must be at least 1");
        CliRunner.assertBadInput("sweep linear:2,2,2 --shard 4/3", "--shard expects i/n with 1 ≤ i ≤ n");
        CliRunner.assertBadInput("sweep linear:2,2,2 --threads 0", "--threads must lie between 1 and 1024");
        CliRunner.assertBadInput("sweep linear:2,2,2 --flows gf,adam", "unknown flow 'adam'");
        Files.writeString(dir.resolve("other.csv"), "name,value\n");
        CliRunner.assertBadInput("sweep linear:2,2,2 --out " + dir.resolve("other"), "is not a sweep table");
        assertEquals(0, sweep("linear:2,2,2").code());
        CliRunner.assertBadInput("sweep linear:3,3,3 --out " + dir.resolve("t"), "holds a row of another sweep or shard");
    }

    private CliRunner sweep(String grid, String... options) {
        List<String> args = new ArrayList<>(List.of("sweep", grid, "--out", dir.resolve("t").toString()));
        args.addAll(Arrays.asList(options)); // a later --out overrides the default prefix t
        return CliRunner.run(args.toArray(String[]::new));
    }

    private List<String> csv(String prefix) throws IOException {
        return Files.readAllLines(dir.resolve(prefix + ".csv"), StandardCharsets.UTF_8);
    }

    /** {@code linear:1,2,2 gf 1}: the model, flow and count of a CSV line. */
    private static String modelFlowLaws(String csvLine) {
        String[] f = csvLine.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
        return f[0].replace("\"", "") + " " + f[1] + " " + f[4];
    }

    private static List<String> withoutSeconds(List<String> csv) {
        return csv.stream().map(l -> l.replaceAll(",\\d+\\.\\d{3},", ",_,")).toList();
    }

    private static String jsonWithoutSeconds(String line) {
        return line.replaceAll("\"seconds\":[^,]+,", "");
    }
}
