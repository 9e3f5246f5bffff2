package io.atflow.bench.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Command lines for the simulator fuzz: real lines of the application note's flows, mutated (bytes flipped, cut,
 * repeated, inserted; separators, quotes, huge and negative numbers, other commands' names spliced in), or random
 * bytes, sometimes longer than the module's 4 KiB line buffer. Never CR, LF or NUL, which end or vanish from a line.
 */
final class LineMutator {
    private static final String[] CORPUS = { "AT", "ATE0", "ATE1", "ATI", "ATZ", "AT&F", "AT&W", "ATV1", "AT+CGSN",
            "AT+GSN", "AT+CMEE=2", "AT+CMEE?", "AT+CFUN?", "AT+CFUN=1", "AT+CFUN=1,1", "AT+CEREG?", "AT+CEREG=2",
            "AT+CSQ", "AT+QENG=\"servingcell\"", "AT+CGPADDR", "AT+CGPADDR=1", "AT+QICSGP=1,3,\"\",\"\",\"\",0",
            "AT+QIACT=1", "AT+QIACT?", "AT+QIDEACT=1", "AT+QMTCFG=\"version\",0,4", "AT+QMTCFG=\"ssl\",0,1,2",
            "AT+QMTCFG=\"keepalive\",0,60", "AT+QMTCFG=\"will\",0", "AT+QMTCFG=\"recv/mode\",0,0,1",
            "AT+QMTCFG=\"aliauth\",0,\"i2uqc2dloOl\",\"device001\",\"c4fa40df9c8078073d75a26be2bc8f58\"",
            "AT+QMTOPEN=0,\"iot-06z00hxss3rggno.mqtt.iothub.aliyuncs.com\",1883", "AT+QMTOPEN?",
            "AT+QMTCONN=0,\"device001\"", "AT+QMTCONN?",
            "AT+QMTSUB=0,1,\"/sys/i2uqc2dloOl/device001/thing/event/property/post_reply\",0",
            "AT+QMTUNS=0,2,\"/sys/i2uqc2dloOl/device001/thing/event/property/post_reply\"",
            "AT+QMTPUB=0,0,0,0,\"/sys/i2uqc2dloOl/device001/thing/event/property/post\"",
            "AT+QMTPUBEX=0,0,0,0,\"/sys/i2uqc2dloOl/device001/thing/event/property/post\",133",
            "AT+QMTRECV=0", "AT+QMTRECV?", "AT+QMTDISC=0", "AT+QMTCLOSE=0", "AT+QHTTPURL=62,80",
            "AT+QHTTPPOST=120,120,120", "AT+QHTTPREAD=200", "AT+QMTCFG=?", "AT+QMTOPEN=?", "AT+CEREG=?" };
    private static final String[] SPLICE = { "\"", ",", "=", "?", "=?", "+", "-1", "99999999999999999999", "0",
            "65536", "\"\"", ",,", " ", "\u001a", "\u001b", "\b", "\u00e4", "AT", "+QMTOPEN", "&", "$", "^", ";" };

    private final SplittableRandom random;

    LineMutator(SplittableRandom random) {
        this.random = random;
    }

    byte[] next() {
        int kind = random.nextInt(20);
        byte[] line;
        if (kind == 0) {
            line = randomBytes(random.nextInt(80));
        } else if (kind == 1) {
            line = ("AT+" + "Q".repeat(4000 + random.nextInt(200))).getBytes(StandardCharsets.US_ASCII);
        } else {
            line = CORPUS[random.nextInt(CORPUS.length)].getBytes(StandardCharsets.UTF_8);
            int mutations = kind < 5 ? 0 : 1 + random.nextInt(4);
            for (int i = 0; i < mutations; i++) {
                line = mutate(line);
            }
        }
        for (int i = 0; i < line.length; i++) {
            if (line[i] == '\r' || line[i] == '\n' || line[i] == 0) {
                line[i] = (byte) ' ';
            }
        }
        return line;
    }

    private byte[] mutate(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = b.length == 0 ? 0 : random.nextInt(b.length + 1);
        switch (random.nextInt(6)) {
            case 0 -> { // flip
                out.writeBytes(b);
                if (b.length > 0) {
                    byte[] c = out.toByteArray();
                    c[Math.min(at, c.length - 1)] = (byte) random.nextInt(256);
                    return c;
                }
            }
            case 1 -> { // cut
                int to = Math.min(b.length, at + 1 + random.nextInt(12));
                out.write(b, 0, at);
                out.write(b, to, b.length - to);
            }
            case 2 -> { // repeat
                int to = Math.min(b.length, at + 1 + random.nextInt(24));
                out.write(b, 0, to);
                out.write(b, at, b.length - at);
            }
            case 3 -> { // splice a token
                out.write(b, 0, at);
                out.writeBytes(SPLICE[random.nextInt(SPLICE.length)].getBytes(StandardCharsets.UTF_8));
                out.write(b, at, b.length - at);
            }
            case 4 -> { // change a number
                String s = new String(b, StandardCharsets.ISO_8859_1);
                String[] numbers = { "-1", "0", "6", "255", "256", "2147483648", "1e3", "" };
                return s.replaceFirst("[0-9]+", numbers[random.nextInt(numbers.length)])
                        .getBytes(StandardCharsets.ISO_8859_1);
            }
            default -> { // insert random bytes
                out.write(b, 0, at);
                out.writeBytes(randomBytes(1 + random.nextInt(6)));
                out.write(b, at, b.length - at);
            }
        }
        return out.toByteArray();
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
