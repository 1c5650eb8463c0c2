package org.lawkeeper.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SweepCsvTest {
    private static final RowKey KEY = new RowKey("linear:2,3,2", "momentum:tau=1/2,wd=1");

    @Test
    void countedAndFailedRowsSurviveTheirLine() {
        SweepRow counted = new SweepRow(KEY, 25, 22, 3, 0.1234, 7, List.of(101L, 103L), "");
        SweepRow failed = SweepRow.failed(KEY, "model \"x\", too large;\n raise it", 1.5, 7);
        assertEquals(Optional.of(counted), SweepCsv.parse(SweepCsv.line(counted)));
        assertEquals(Optional.of(failed), SweepCsv.parse(SweepCsv.line(failed)));
        assertEquals("\"linear:2,3,2\",\"momentum:tau=1/2,wd=1\",25,22,3,0.123,7,101 103,ok,", SweepCsv.line(counted));
        assertEquals("model \"x\", too large; raise it", failed.error());
    }

    @Test
    void linesCutShortOrAlteredAreNotRows() {
        String line = SweepCsv.line(new SweepRow(KEY, 25, 22, 3, 0.5, 7, List.of(101L, 103L), ""));
        for (int cut = 0; cut < line.lastIndexOf(",ok"); cut++) {
            assertTrue(SweepCsv.parse(line.substring(0, cut)).isEmpty(), line.substring(0, cut));
        }
        assertTrue(SweepCsv.parse(line.replace(",ok,", ",maybe,")).isEmpty());
        assertTrue(SweepCsv.parse(line.replace(",25,", ",x,")).isEmpty());
        assertTrue(SweepCsv.parse(line + "extra error").isEmpty());
    }
}
