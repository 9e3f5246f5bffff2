package io.atflow.engine.transcript;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TranscriptFormatTest {
    @Test
    void everyByteValueRoundTrips() {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        String text = TranscriptFormat.escape(all);
        assertEquals(-1, text.indexOf('\n'), "one entry is one line");
        assertArrayEquals(all, TranscriptFormat.unescape(text));
    }

    @Test
    void bytesAppendedToAStreamAreEscapedAsText() {
        byte[] b = "AT+QMTPUB=0\r\n> {\"a\":\"b\\c\"}\u001a\u001b\t end ".getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        TranscriptFormat.escape(b, 0, b.length, out);
        assertEquals("AT+QMTPUB=0\\r\\n> {\"a\":\"b\\\\c\"}\\x1a\\x1b\\t end\\x20", out.toString(StandardCharsets.US_ASCII));
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) (255 - i);
        }
        out.reset();
        TranscriptFormat.escape(all, 1, 254, out);
        assertArrayEquals(java.util.Arrays.copyOfRange(all, 1, 255), TranscriptFormat.unescape(out.toString(StandardCharsets.US_ASCII)));
    }

    @Test
    void readableEscapes() {
        byte[] b = "AT+QMTPUB=0\r\n> {\"a\":\"b\\c\"}\u001a\u001b\t end ".getBytes(StandardCharsets.UTF_8);
        assertEquals("AT+QMTPUB=0\\r\\n> {\"a\":\"b\\\\c\"}\\x1a\\x1b\\t end\\x20", TranscriptFormat.escape(b));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "abc\\        => column 4: a backslash ends the line",
        "a\\q         => column 2: unknown escape \\q",
        "\\x4         => column 1: \\x needs two hex digits",
        "\\xZZ        => column 1: \\x needs two hex digits",
        "é            => column 1: non-ASCII character; bytes are escaped as \\xHH" })
    void malformedEscapesNameTheColumn(String text, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> TranscriptFormat.unescape(text))
                .getMessage());
    }

    @Test
    void secondsWithMicroseconds() {
        assertEquals("0.000000", TranscriptFormat.seconds(0));
        assertEquals("12.000345", TranscriptFormat.seconds(12_000_345));
        assertEquals("3601.500000", TranscriptFormat.seconds(3_601_500_000L));
    }
}
