package org.lawkeeper.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lawkeeper.core.Cancellation;
import org.lawkeeper.core.Limits;
import org.lawkeeper.core.flow.FlowSpec;
import org.lawkeeper.core.model.Model;
import org.lawkeeper.core.model.ModelSpec;

/** Where {@link HtmlReport#write} may write: its own report again, never someone else's file or a link. */
class ReportFileTest {
    private static final String LAW = "U1^T*U1 - U2*U2^T";
    private static Model model;
    private static List<FlowOutcome> outcomes;

    @BeforeAll
    static void run() throws Exception {
        model = ModelSpec.parse("linear:2,2,2").build(Limits.DEFAULT);
        outcomes = FlowComparison.run(model, List.of(FlowSpec.parse("gf")), LAW, 5, 1, (flow, n) -> {
        }, Cancellation.none());
    }

    @Test
    void aReportIsMarkedAndReplacesItsOwnPredecessor(@TempDir Path directory) throws Exception {
        Path first = HtmlReport.write(directory, model, LAW, 1, outcomes);
        assertTrue(HtmlReport.isReport(first));
        Files.writeString(first, Files.readString(first).replace("<h1>", "<h1>old "));
        Path second = HtmlReport.write(directory, model, LAW, 1, outcomes);
        assertEquals(first, second);
        assertFalse(Files.readString(second).contains("<h1>old "));
        // written beside it and renamed: no temporary file is left behind
        try (var files = Files.list(directory)) {
            assertEquals(List.of(second), files.toList());
        }
    }

    @Test
    void aPageThatIsNotLawkeepersIsNeverOverwritten(@TempDir Path directory) throws Exception {
        Path foreign = directory.resolve("index.html");
        Files.writeString(foreign, "<html><body>my own page</body></html>");
        IOException e = assertThrows(IOException.class, () -> HtmlReport.write(directory, model, LAW, 1, outcomes));
        assertEquals(foreign + " exists and is not a Lawkeeper report, so it is left alone (move it or write elsewhere)", e.getMessage());
        assertEquals("<html><body>my own page</body></html>", Files.readString(foreign));
    }

    @Test
    void aSymbolicLinkAtTheReportsNameIsNotFollowed(@TempDir Path directory) throws Exception {
        Path target = directory.resolve("precious.txt");
        Files.writeString(target, "keep me");
        Path report = Files.createDirectory(directory.resolve("report"));
        Files.createSymbolicLink(report.resolve("index.html"), target);
        IOException e = assertThrows(IOException.class, () -> HtmlReport.write(report, model, LAW, 1, outcomes));
        assertTrue(e.getMessage().endsWith("index.html is a symbolic link; the report is never written through one"),
                e.getMessage());
        assertEquals("keep me", Files.readString(target));
        // not even a link to an earlier report of its own
        HtmlReport.write(directory, model, LAW, 1, outcomes);
        Files.delete(report.resolve("index.html"));
        Files.createSymbolicLink(report.resolve("index.html"), directory.resolve("index.html"));
        assertThrows(IOException.class, () -> HtmlReport.write(report, model, LAW, 1, outcomes));
    }
}
