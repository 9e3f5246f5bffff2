package io.atflow.engine.transcript;

import java.io.ByteArrayOutputStream;
import java.util.function.IntConsumer;

/**
 * The transcript file format, version 1: UTF-8 text, one entry per line.
 *
 * <pre>
 * #ATFLOW-TRANSCRIPT 1 start=2025-06-01T10:00:00.123456Z port=serial /dev/ttyUSB2 115200 8N1
 * 0.000120 TX AT+QMTOPEN=0,"iot-06z00hxss3rggno.mqtt.iothub.aliyuncs.com",1883\r
 * 0.031877 RX \r\nOK\r\n
 * 0.031901 RES AT+QMTOPEN=0,"iot-06z00hxss3rggno.mqtt.iothub.aliyuncs.com",1883 answered OK
 * 0.412002 RX \r\n+QMTOPEN: 0,0\r\n
 * 0.412010 URC +QMTOPEN: 0,0
 * </pre>
 *
 * <ul>
 * <li>The header names the format version, the start instant (UTC) and the port (the rest of the line).</li>
 * <li>Each entry: seconds since the start with microseconds, a tag, one space, the data escaped. Tags: {@code TX}
 * bytes sent, {@code RX} bytes received (one entry per received line, or per chunk when no line end came),
 * {@code URC} a line published as unsolicited, {@code RES} a command's result, {@code NOTE} anything else
 * (e.g. {@code closed: ...}).</li>
 * <li>Escapes: {@code \r}, {@code \n}, {@code \t}, {@code \\}, and {@code \xHH} for every other byte outside
 * printable ASCII (Ctrl-Z is {@code \x1a}, ESC {@code \x1b}) and for a trailing space.</li>
 * <li>Lines starting with {@code #} after the header are comments. Secrets appear as {@code ****}.</li>
 * </ul>
 */
public final class TranscriptFormat {
    public static final String MAGIC = "#ATFLOW-TRANSCRIPT";
    public static final int VERSION = 1;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private TranscriptFormat() {
    }

    /** The escaped form of bytes, appended to {@code out}. */
    public static void escape(byte[] data, int offset, int length, StringBuilder out) {
        escape(data, offset, length, c -> out.append((char) c));
    }

    /**
     * The escaped form of bytes (ASCII), appended to {@code out}: runs of bytes that stand for themselves are appended
     * with one call each (the transcript formats every entry this way, on the thread that waits for the answer).
     */
    public static void escape(byte[] data, int offset, int length, ByteArrayOutputStream out) {
        int end = offset + length;
        int run = offset;
        for (int i = offset; i < end; i++) {
            int b = data[i] & 0xFF;
            if (b >= 0x20 && b < 0x7F && b != '\\' && !(b == ' ' && i == end - 1)) {
                continue;
            }
            out.write(data, run, i - run);
            escape(data, i, 1, out::write);
            run = i + 1;
        }
        out.write(data, run, end - run);
    }

    private static void escape(byte[] data, int offset, int length, IntConsumer out) {
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            int b = data[i] & 0xFF;
            switch (b) {
                case '\r' -> pair(out, 'r');
                case '\n' -> pair(out, 'n');
                case '\t' -> pair(out, 't');
                case '\\' -> pair(out, '\\');
                default -> {
                    if (b >= 0x20 && b < 0x7F && !(b == ' ' && i == end - 1)) {
                        out.accept(b);
                    } else {
                        pair(out, 'x');
                        out.accept(HEX[b >> 4]);
                        out.accept(HEX[b & 0xF]);
                    }
                }
            }
        }
    }

    private static void pair(IntConsumer out, char c) {
        out.accept('\\');
        out.accept(c);
    }

    public static String escape(byte[] data) {
        StringBuilder sb = new StringBuilder(data.length + 8);
        escape(data, 0, data.length, sb);
        return sb.toString();
    }

    /**
     * The bytes of an escaped text.
     *
     * @throws IllegalArgumentException with the column of a malformed escape
     */
    public static byte[] unescape(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                if (c > 0x7F) {
                    throw new IllegalArgumentException("column " + (i + 1) + ": non-ASCII character; bytes are escaped as \\xHH");
                }
                out.write(c);
                continue;
            }
            if (i + 1 >= text.length()) {
                throw new IllegalArgumentException("column " + (i + 1) + ": a backslash ends the line");
            }
            char e = text.charAt(++i);
            switch (e) {
                case 'r' -> out.write('\r');
                case 'n' -> out.write('\n');
                case 't' -> out.write('\t');
                case '\\' -> out.write('\\');
                case 'x' -> {
                    int hi = i + 1 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
                    int lo = i + 2 < text.length() ? Character.digit(text.charAt(i + 2), 16) : -1;
                    if (hi < 0 || lo < 0) {
                        throw new IllegalArgumentException("column " + i + ": \\x needs two hex digits");
                    }
                    out.write(hi << 4 | lo);
                    i += 2;
                }
                default -> throw new IllegalArgumentException("column " + i + ": unknown escape \\" + e);
            }
        }
        return out.toByteArray();
    }

    /** {@code 12.000345} for 12,000,345 µs. */
    public static String seconds(long micros) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16);
        seconds(micros, out);
        return out.toString(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** {@code 12.000345} for 12,000,345 µs, appended to {@code out}. */
    public static void seconds(long micros, ByteArrayOutputStream out) {
        long m = Math.max(0, micros);
        digits(m / 1_000_000, 1, out);
        out.write('.');
        digits(m % 1_000_000, 6, out);
    }

    /** The decimal digits of {@code n >= 0}, at least {@code width} of them (leading zeros). */
    private static void digits(long n, int width, ByteArrayOutputStream out) {
        byte[] d = new byte[20];
        int i = d.length;
        do {
            d[--i] = (byte) ('0' + n % 10);
            n /= 10;
        } while (n > 0 || d.length - i < width);
        out.write(d, i, d.length - i);
    }
}
