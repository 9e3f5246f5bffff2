package io.atflow.engine.transcript;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.engine.channel.Timebase;

class TranscriptWriterTest {
    static final String DS = "c4fa40df9c8078073d75a26be2bc8f58";
    final Timebase tb = new Timebase(Instant.parse("2025-06-01T10:00:00.123456Z"), 1_000_000_000L);
    @TempDir
    Path dir;

    static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    List<String> lines(Path f) throws IOException {
        return Files.readAllLines(f, StandardCharsets.UTF_8);
    }

    @Test
    void entriesAreWrittenAsTheyHappenOnePerReceivedLine() throws IOException {
        Path f = dir.resolve("t.log");
        TranscriptWriter w = TranscriptWriter.create(f, "serial /dev/ttyUSB2 115200 8N1", tb, SecretMasker.none());
        w.tx(1_100_000_000L, b("AT+CSQ\r"), 0, 7);
        byte[] rx = b("AT+CSQ\r\r\n+CSQ: 20,99\r\n\r\nOK\r\n");
        w.rx(1_200_000_000L, rx, 0, rx.length);
        w.note(1_300_000_000L, TranscriptEntry.Kind.RES, "AT+CSQ answered OK");
        assertEquals(List.of(
                "#ATFLOW-TRANSCRIPT 1 start=2025-06-01T10:00:00.123456Z port=serial /dev/ttyUSB2 115200 8N1",
                "0.100000 TX AT+CSQ\\r",
                "0.200000 RX AT+CSQ\\r\\r\\n",
                "0.200000 RX +CSQ: 20,99\\r\\n",
                "0.200000 RX \\r\\nOK\\r\\n",
                "0.300000 RES AT+CSQ answered OK"), lines(f), "all entries are in the file before close");
        w.close();
    }

    @Test
    void aPartialLineWaitsForItsEndOrTheNextTx() throws IOException {
        Path f = dir.resolve("t.log");
        TranscriptWriter w = TranscriptWriter.create(f, "sim", tb, SecretMasker.none());
        w.rx(2_000_000_000L, b("\r\n+QMTO"), 0, 7);
        w.rx(3_000_000_000L, b("PEN: 0,0\r\n\r\n> "), 0, 14);
        assertEquals(List.of("1.000000 RX \\r\\n+QMTOPEN: 0,0\\r\\n"), lines(f).subList(1, lines(f).size()));
        w.tx(4_000_000_000L, b("{}\u001a"), 0, 3);
        assertEquals(List.of("1.000000 RX \\r\\n+QMTOPEN: 0,0\\r\\n", "2.000000 RX \\r\\n>\\x20", "3.000000 TX {}\\x1a"),
                lines(f).subList(1, lines(f).size()));
        w.close();
    }

    @Test
    void carriageReturnOnlyLinesAreSplitToo() throws IOException {
        Path f = dir.resolve("t.log");
        TranscriptWriter w = TranscriptWriter.create(f, "sim", tb, SecretMasker.none());
        w.rx(1_000_000_000L, b("OK\rRDY\r"), 0, 7);
        assertEquals(List.of("0.000000 RX OK\\r", "0.000000 RX RDY\\r"), lines(f).subList(1, 3));
        w.close();
    }

    @Test
    void secretsAreMaskedInHeaderTxRxAndNotesAlsoWhenSplitAcrossReads() throws IOException {
        Path f = dir.resolve("t.log");
        TranscriptWriter w = TranscriptWriter.create(f, "tcp://10.0.0.1:5000", tb, new SecretMasker(List.of(DS)));
        byte[] tx = b("AT+QMTCFG=\"aliauth\",0,\"pk\",\"dn\",\"" + DS + "\"\r");
        w.tx(1_000_000_000L, tx, 0, tx.length);
        byte[] rx = b("\r\n+QMTRECV: 0,0,\"/ext/register\",\"{\"deviceSecret\":\"" + DS + "\"}\"\r\n");
        w.rx(1_000_000_000L, rx, 0, 50);
        w.rx(1_000_000_000L, rx, 50, rx.length - 50);
        w.note(1_000_000_000L, TranscriptEntry.Kind.URC, "+QMTRECV: ... " + DS);
        w.close();
        String all = Files.readString(f);
        assertFalse(all.contains(DS.substring(0, 8)), all);
        assertTrue(all.contains("\"dn\",\"****\""), all);
        assertEquals(3, all.split("\\*\\*\\*\\*", -1).length - 1, all);
    }

    @Test
    void readerParsesWhatTheWriterWrote() throws IOException {
        Path f = dir.resolve("t.log");
        TranscriptWriter w = TranscriptWriter.create(f, "serial COM5 9600 7E1", tb, SecretMasker.none());
        byte[] noise = new byte[256];
        for (int i = 0; i < 256; i++) {
            noise[i] = (byte) i;
        }
        w.tx(1_000_000_001L, b("AT\r"), 0, 3);
        w.rx(1_000_500_000L, noise, 0, noise.length);
        w.note(1_000_600_000L, TranscriptEntry.Kind.NOTE, "closed: test");
        w.close();
        Transcript t = TranscriptReader.read(f);
        assertEquals(1, t.version());
        assertEquals(Instant.parse("2025-06-01T10:00:00.123456Z"), t.start());
        assertEquals("serial COM5 9600 7E1", t.port());
        assertEquals(TranscriptEntry.Kind.TX, t.entries().get(0).kind());
        assertEquals(0, t.entries().get(0).micros());
        java.io.ByteArrayOutputStream rx = new java.io.ByteArrayOutputStream();
        t.entries(TranscriptEntry.Kind.RX).forEach(e -> rx.writeBytes(e.bytes()));
        assertArrayEquals(noise, rx.toByteArray(), "every received byte comes back");
        assertEquals("closed: test", t.entries(TranscriptEntry.Kind.NOTE).get(0).text());
    }

    @Test
    void aFailingDiskStopsTheTranscriptWithoutThrowing() {
        OutputStream broken = new OutputStream() {
            int writes;

            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (++writes > 1) {
                    throw new IOException("No space left on device");
                }
            }
        };
        TranscriptWriter w = new TranscriptWriter(broken, "sim", tb, SecretMasker.none());
        w.tx(1_000_000_000L, b("AT\r"), 0, 3);
        w.tx(1_000_000_000L, b("AT\r"), 0, 3);
        assertEquals("No space left on device", w.failure().getMessage());
        w.close();
    }

    /** Records each write call as one string: what one OS-level write would put into the file. */
    static final class Writes extends OutputStream {
        final List<String> calls = new java.util.ArrayList<>();

        @Override
        public void write(int b) {
            calls.add(String.valueOf((char) b));
        }

        @Override
        public void write(byte[] b, int off, int len) {
            calls.add(new String(b, off, len, StandardCharsets.UTF_8));
        }
    }

    @Test
    void heldReceivedLinesGoOutInOneWriteWithTheResultTheyLedTo() {
        Writes out = new Writes();
        TranscriptWriter w = new TranscriptWriter(out, "sim", tb, SecretMasker.none());
        w.tx(1_100_000_000L, b("AT+CSQ\r"), 0, 7);
        byte[] answer = b("\r\n+CSQ: 20,99\r\n\r\nOK\r\n");
        w.rxHeld(1_200_000_000L, answer, 0, answer.length);
        w.note(1_200_100_000L, TranscriptEntry.Kind.RES, "AT+CSQ answered OK");
        w.endOfRead();
        assertEquals(List.of("0.100000 TX AT+CSQ\\r\n",
                "0.200000 RX \\r\\n+CSQ: 20,99\\r\\n\n0.200000 RX \\r\\nOK\\r\\n\n0.200100 RES AT+CSQ answered OK\n"),
                out.calls.subList(1, out.calls.size()), "the TX alone, then the answer's lines and RES in one write");
        w.close();
    }

    @Test
    void heldLinesWithoutAnAnnotationAreWrittenAtTheEndOfTheRead() {
        Writes out = new Writes();
        TranscriptWriter w = new TranscriptWriter(out, "sim", tb, SecretMasker.none());
        byte[] line = b("\r\n+CSQ: 20,99\r\n");
        w.rxHeld(1_200_000_000L, line, 0, line.length);
        assertEquals(1, out.calls.size(), "only the header so far");
        w.endOfRead();
        assertEquals(List.of("0.200000 RX \\r\\n+CSQ: 20,99\\r\\n\n"), out.calls.subList(1, out.calls.size()));
        w.close();
    }
}
