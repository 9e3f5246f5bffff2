package io.atflow.launch.urc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.atflow.lang.catalog.AtCatalog;
import io.atflow.run.RunEventText;

class UrcExportTest {
    private final UrcRowDecoder decoder = new UrcRowDecoder(AtCatalog.standard());
    private final Instant time = Instant.parse("2025-01-01T12:00:01.234Z");

    @Test
    void csvQuotesValuesWithCommasAndQuotes() {
        UrcRow row = decoder.decode(1, time, "run", "+QMTRECV: 0,1,\"t\",\"{\"a\":1}\"", null);
        String stamp = RunEventText.stamp(time, ZoneId.systemDefault());
        assertEquals("time,code,fields,meaning,line\r\n" + stamp + ",+QMTRECV,\"client_idx=0, msgid=1, topic=t, payload={\"\"a\"\":1}\","
                + row.meaning() + ",\"+QMTRECV: 0,1,\"\"t\"\",\"\"{\"\"a\"\":1}\"\"\"\r\n",
                UrcExport.toCsv(List.of(row)));
    }

    @Test
    void tabbedHasOneLinePerRow() {
        UrcRow a = decoder.decode(1, time, "run", "+QMTSTAT: 0,1", null);
        UrcRow b = decoder.decode(2, time, "run", "RDY", null);
        String[] lines = UrcExport.toTabbed(List.of(a, b)).split("\n");
        assertEquals(2, lines.length);
        assertEquals(List.of(RunEventText.stamp(time, ZoneId.systemDefault()), "+QMTSTAT", "client_idx=0, err_code=1",
                "connection closed or reset by peer", "+QMTSTAT: 0,1"), List.of(lines[0].split("\t")));
    }
}
