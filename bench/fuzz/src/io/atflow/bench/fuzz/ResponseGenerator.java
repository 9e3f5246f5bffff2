package io.atflow.bench.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * What a misbehaving module might say after a write: pieces of real Quectel output (echo, information lines, URCs,
 * length-framed {@code +QMTRECV}, the {@code >} prompt, {@code CONNECT} bodies, final result codes, boot URCs), random
 * bytes and overlong lines, in random order, then mutated (bytes flipped, cut, repeated, inserted). Most answers still
 * end with a final result code; some never do, so the command must end by its timeout.
 */
final class ResponseGenerator {
    static final String SECRET = "c4fa40df9c8078073d75a26be2bc8f58";
    private static final String[] INFO = { "+CSQ: 20,99", "+CEREG: 0,1", "+QMTOPEN: 0,0", "+QMTCONN: 0,0,0",
            "+QENG: \"servingcell\",\"NOCONN\",\"LTE\",\"FDD\",460,00,1A2D001,123,1300,3,5,5,0x2A3B,-95,-10,-65,12,-",
            "+QMTCFG: \"aliauth\",0,\"i2uqc2dloOl\",\"device001\",\"" + SECRET + "\"", "+CGPADDR: 1,\"10.0.0.2\"",
            "+QHTTPREAD: 0", "SEND OK", "" };
    private static final String[] URC = { "+QIND: \"csq\",20,99", "+QMTSTAT: 0,1", "RDY", "+CPIN: READY",
            "+QMTPUBEX: 0,0,0", "+QMTRECV: 0,1,\"/sys/a/b/thing/event/property/post_reply\"", "POWERED DOWN",
            "+QIURC: \"pdpdeact\",1", "RING", "APP RDY" };
    private static final String[] FINAL = { "OK", "ERROR", "+CME ERROR: 50", "+CME ERROR: invalid parameters",
            "+CMS ERROR: 500", "NO CARRIER", "BUSY", "NO ANSWER", "NO DIALTONE", "OK", "OK" };

    private final SplittableRandom random;

    ResponseGenerator(SplittableRandom random) {
        this.random = random;
    }

    /** The module's answer to bytes the channel wrote (a command line, a payload, an ESC). */
    synchronized byte[] answer(byte[] written) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String text = new String(written, StandardCharsets.ISO_8859_1);
        boolean commandLine = text.endsWith("\r");
        if (commandLine && random.nextInt(3) == 0) {
            put(out, text); // echo
        }
        int pieces = random.nextInt(6);
        for (int i = 0; i < pieces; i++) {
            piece(out, text);
        }
        if (random.nextInt(10) < 8) {
            line(out, pick(FINAL));
        }
        if (random.nextInt(4) == 0) {
            line(out, pick(URC));
        }
        return mutate(out.toByteArray());
    }

    private void piece(ByteArrayOutputStream out, String command) {
        switch (random.nextInt(9)) {
            case 0, 1 -> line(out, pick(INFO));
            case 2 -> line(out, pick(URC));
            case 3 -> put(out, "\r\n> ");
            case 4 -> {
                int len = random.nextInt(40);
                int claimed = random.nextInt(5) == 0 ? random.nextInt(Integer.MAX_VALUE) : len + random.nextInt(3) - 1;
                put(out, "\r\n+QMTRECV: 0," + random.nextInt(70000) + ",\"/t\"," + claimed + ",\"");
                out.writeBytes(randomBytes(len));
                put(out, "\"\r\n");
            }
            case 5 -> {
                put(out, "\r\nCONNECT\r\n");
                out.writeBytes(randomBytes(random.nextInt(300)));
            }
            case 6 -> out.writeBytes(randomBytes(random.nextInt(300)));
            case 7 -> {
                if (random.nextInt(20) == 0) {
                    out.writeBytes("X".repeat(60_000 + random.nextInt(20_000)).getBytes(StandardCharsets.US_ASCII));
                } else {
                    put(out, command);
                }
            }
            default -> {
                String[] ends = { "\r\n", "\r", "\n", "\n\r", "\r\r\n", "" };
                put(out, ends[random.nextInt(ends.length)] + pick(INFO) + ends[random.nextInt(ends.length)]);
            }
        }
    }

    private byte[] mutate(byte[] in) {
        if (in.length == 0 || random.nextInt(3) != 0) {
            return in;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(in);
        int mutations = 1 + random.nextInt(4);
        byte[] b = in;
        for (int m = 0; m < mutations && b.length > 0; m++) {
            int at = random.nextInt(b.length);
            out.reset();
            switch (random.nextInt(4)) {
                case 0 -> { // flip one byte
                    b = b.clone();
                    b[at] = (byte) random.nextInt(256);
                    out.writeBytes(b);
                }
                case 1 -> { // cut a range
                    int to = Math.min(b.length, at + 1 + random.nextInt(16));
                    out.write(b, 0, at);
                    out.write(b, to, b.length - to);
                }
                case 2 -> { // repeat a range
                    int to = Math.min(b.length, at + 1 + random.nextInt(16));
                    out.write(b, 0, to);
                    out.write(b, at, b.length - at);
                }
                default -> { // insert random bytes
                    out.write(b, 0, at);
                    out.writeBytes(randomBytes(1 + random.nextInt(8)));
                    out.write(b, at, b.length - at);
                }
            }
            b = out.toByteArray();
        }
        return b;
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private String pick(String[] from) {
        return from[random.nextInt(from.length)];
    }

    private static void line(ByteArrayOutputStream out, String line) {
        put(out, "\r\n" + line + "\r\n");
    }

    private static void put(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }
}
