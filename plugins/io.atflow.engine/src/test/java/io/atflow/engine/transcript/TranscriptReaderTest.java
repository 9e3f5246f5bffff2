package io.atflow.engine.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TranscriptReaderTest {
    static final String HEADER = "#ATFLOW-TRANSCRIPT 1 start=2025-06-01T10:00:00Z port=sim\n";
    static final String BODY = "0.000100 TX AT\\r\n# a comment\n\n0.000900 RX \\r\\nOK\\r\\n\n0.001000 RES AT answered OK\n";

    @Test
    void aCutLastLineIsToleratedAtEveryCutPoint() throws TranscriptFormatException {
        String last = "1.250000 RX \\r\\n+QMTSTAT: 0,1\\x0d\\x0a";
        for (int cut = 0; cut <= last.length(); cut++) {
            Transcript t = TranscriptReader.parse(HEADER + BODY + last.substring(0, cut), "t.log");
            int n = t.entries().size();
            assertEquals(List.of("AT\r", "\r\nOK\r\n", "AT answered OK"),
                    t.entries().subList(0, 3).stream().map(TranscriptEntry::text).toList(), "cut at " + cut);
            if (n == 4) {
                assertEquals(TranscriptEntry.Kind.RX, t.entries().get(3).kind());
            }
        }
    }

    @Test
    void anEntryWithoutDataSurvivesTrailingWhitespaceStripping() throws TranscriptFormatException {
        Transcript t = TranscriptReader.parse(HEADER + "0.000001 TX\n", "t.log");
        assertEquals(0, t.entries().get(0).bytes().length);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "''                                                          => t.log:1: empty file; a transcript starts with #ATFLOW-TRANSCRIPT",
        "'hello\n'                                                   => t.log:1: not an ATFlow transcript (the first line must start with #ATFLOW-TRANSCRIPT <version> start=... port=...)",
        "'#ATFLOW-TRANSCRIPT 9 start=2025-06-01T10:00:00Z port=x\n'  => t.log:1: transcript format 9 is newer than this reader (1)",
        "'#ATFLOW-TRANSCRIPT 1 start=yesterday port=x\n'             => t.log:1: start \"yesterday\" is not an ISO-8601 instant",
        "'#ATFLOW-TRANSCRIPT 1 start=2025-06-01T10:00:00Z port=x\n0.1 TX a\n0.000002 RX b\n' => t.log:2: not \"<seconds>.<microseconds> <TAG> <data>\"",
        "'#ATFLOW-TRANSCRIPT 1 start=2025-06-01T10:00:00Z port=x\n0.000001 XX a\n0.000002 RX b\n' => t.log:2: unknown tag XX (expected TX, RX, URC, RES or NOTE)",
        "'#ATFLOW-TRANSCRIPT 1 start=2025-06-01T10:00:00Z port=x\n0.000001 TX a\\q\n0.000002 RX b\n' => t.log:2: column 2: unknown escape \\q" })
    void malformedFilesFailWithFileAndLine(String text, String message) {
        assertEquals(message, assertThrows(TranscriptFormatException.class, () -> TranscriptReader.parse(text, "t.log"))
                .getMessage());
    }
}
