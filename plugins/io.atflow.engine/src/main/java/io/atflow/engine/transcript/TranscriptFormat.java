package io.atflow.engine.transcript;

import java.io.ByteArrayOutputStream;

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
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            int b = data[i] & 0xFF;
            switch (b) {
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (b >= 0x20 && b < 0x7F && !(b == ' ' && i == end - 1)) {
                        out.append((char) b);
                    } else {
                        out.append("\\x").append(HEX[b >> 4]).append(HEX[b & 0xF]);
                    }
                }
            }
        }
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
        long m = Math.max(0, micros);
        String frac = Long.toString(m % 1_000_000);
        return m / 1_000_000 + "." + "000000".substring(frac.length()) + frac;
    }
}
