package io.atflow.engine.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.atflow.engine.transcript.TranscriptFormat;

class FramerTest {
    /** Records tokens as text; opens a body on CONNECT when asked to. */
    static final class Tokens implements Framer.Sink {
        final List<String> tokens = new ArrayList<>();
        boolean promptExpected;
        boolean bodyOnConnect;
        boolean sendResultEndsLine;
        Framer framer;

        @Override
        public boolean mayContinue(String head) {
            return !sendResultEndsLine;
        }

        @Override
        public boolean promptExpected() {
            return promptExpected;
        }

        @Override
        public void prompt() {
            tokens.add("PROMPT");
            promptExpected = false;
        }

        @Override
        public void line(String text, boolean noise, byte[] payload) {
            if (payload != null) {
                tokens.add("FRAMED " + esc(text) + " | " + esc(new String(payload, StandardCharsets.UTF_8)));
            } else {
                tokens.add((noise ? "NOISE " : "LINE ") + esc(text));
            }
            if (bodyOnConnect && text.equals("CONNECT")) {
                framer.enterBody();
            }
        }

        @Override
        public void overlong(String head, int limit) {
            tokens.add("OVERLONG " + head.length() + "/" + limit);
        }

        @Override
        public void body(byte[] body, boolean truncated) {
            tokens.add("BODY " + esc(new String(body, StandardCharsets.UTF_8)) + (truncated ? " (truncated)" : ""));
        }

        static String esc(String s) {
            return TranscriptFormat.escape(s.getBytes(StandardCharsets.UTF_8));
        }
    }

    static List<String> frame(String input, int chunk, boolean prompt, boolean body, int maxLine) {
        return frame(input.getBytes(StandardCharsets.UTF_8), chunk, prompt, body, maxLine);
    }

    static List<String> frame(byte[] in, int chunk, boolean prompt, boolean body, int maxLine) {
        Tokens t = new Tokens();
        t.promptExpected = prompt;
        t.bodyOnConnect = body;
        Framer f = new Framer(t, maxLine, 1 << 20, 1 << 20, List.of(LengthFramedUrc.QMTRECV));
        t.framer = f;
        for (int i = 0; i < in.length; i += chunk) {
            f.feed(in, i, Math.min(chunk, in.length - i));
        }
        return t.tokens;
    }

    static List<String> frame(String input) {
        return frame(input, Integer.MAX_VALUE, false, false, 1024);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "CRLF         => '\r\nOK\r\n'",
        "LF only      => '\nOK\n'",
        "CR only      => '\rOK\r'",
        "LFCR         => '\n\rOK\n\r'",
        "no leading   => 'OK\r\n'",
        "blank lines  => '\r\n\r\n\r\nOK\r\n\r\n'",
        "NUL bytes    => '\u0000\r\nO\u0000K\r\n'" })
    void everyLineEndVariantGivesTheSameLine(String name, String input) {
        assertEquals(List.of("LINE OK"), frame(input));
    }

    @Test
    void mixedLineEndsSplitEveryLine() {
        assertEquals(List.of("LINE a", "LINE b", "LINE c", "LINE d"), frame("a\rb\nc\r\nd\n\r"));
    }

    @Test
    void promptOnlyWhenExpectedAndOneSpaceSkipped() {
        assertEquals(List.of("PROMPT", "LINE OK"), frame("\r\n> \r\nOK\r\n", Integer.MAX_VALUE, true, false, 1024));
        assertEquals(List.of("LINE >\\x20", "LINE OK"), frame("\r\n> \r\nOK\r\n", Integer.MAX_VALUE, false, false, 1024),
                "not expected: a plain line (the channel strips it)");
        assertEquals(List.of("PROMPT", "LINE  x"), frame(">  x\r\n", Integer.MAX_VALUE, true, false, 1024),
                "only one space after the prompt is skipped");
        assertEquals(List.of("LINE a>", "LINE OK"), frame("a>\r\nOK\r\n", Integer.MAX_VALUE, true, false, 1024),
                "a > inside a line is no prompt");
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 2, 3, Integer.MAX_VALUE })
    void sendResultsEndTheirLineWithoutALineEndWhenTheSinkSaysSo(int chunk) {
        // The BG96 log quoted in issue 20: "SEND OKAT+QIRD=0,0", the result glued to the next command's echo.
        byte[] in = "\r\nSEND OKAT+QIRD=0,0\r\r\nSEND FAIL\r\nSEND OKAY\r\n".getBytes(StandardCharsets.US_ASCII);
        Tokens t = new Tokens();
        t.sendResultEndsLine = true;
        Framer f = new Framer(t, 1024, 1 << 20, 1 << 20, List.of());
        for (int i = 0; i < in.length; i += chunk) {
            f.feed(in, i, Math.min(chunk, in.length - i));
        }
        assertEquals(List.of("LINE SEND OK", "LINE AT+QIRD=0,0", "LINE SEND FAIL", "LINE SEND OK", "LINE AY"),
                t.tokens);
        assertEquals(List.of("LINE SEND OKAT+QIRD=0,0", "LINE SEND OKAY"),
                frame("SEND OKAT+QIRD=0,0\rSEND OKAY\n"), "a sink that says the line may go on gets it whole");
    }

    @Test
    void lineLimitCutsAndDropsTheRestThenRecovers() {
        String big = "A".repeat(64 * 1024);
        assertEquals(List.of("OVERLONG 80/1024", "LINE OK"), frame(big + "\r\nOK\r\n"));
        assertEquals(List.of("OVERLONG 80/1024"), frame(big), "64 KiB without terminator is cut at the limit");
        assertEquals(List.of("LINE " + "B".repeat(1023)), frame("B".repeat(1023) + "\n"), "just under the limit");
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 2, 3, 7, 64, Integer.MAX_VALUE })
    void chunkingNeverChangesTheTokens(int chunk) {
        String stream = "AT+X\r\r\n+QMTSTAT: 0,1\r\n> \r\n+QMTRECV: 0,1,\"t/a\",7,\"a\r\n\"b,c\"\r\n"
                + "CONNECT\r\nline1\r\n\r\nline3\r\nOK\r\nRDY\r\n" + "Z".repeat(2000) + "\r\nEND\n";
        List<String> whole = frame(stream, Integer.MAX_VALUE, true, true, 1024);
        assertEquals(List.of("LINE AT+X", "LINE +QMTSTAT: 0,1", "PROMPT",
                "FRAMED +QMTRECV: 0,1,\"t/a\",7,\"a\\r\\n\"b,c\" | a\\r\\n\"b,c", "LINE CONNECT",
                "BODY line1\\r\\n\\r\\nline3", "LINE OK", "LINE RDY", "OVERLONG 80/1024", "LINE END"), whole);
        assertEquals(whole, frame(stream, chunk, true, true, 1024));
    }

    @Test
    void lengthFramedPayloadVariants() {
        assertEquals(List.of("FRAMED +QMTRECV: 0,1,\"t\",3,abc | abc"), frame("+QMTRECV: 0,1,\"t\",3,abc\r\n"),
                "unquoted payload");
        assertEquals(List.of("FRAMED +QMTRECV: 0,1,\"t\",0,\"\" | "), frame("+QMTRECV: 0,1,\"t\",0,\"\"\r\n"));
        assertEquals(List.of("LINE +QMTRECV: 0,1,\"t\",\"{\"a\":1}\""),
                frame("+QMTRECV: 0,1,\"t\",\"{\"a\":1}\"\r\n"), "without a length field the line is a plain line");
        assertEquals(List.of("LINE +QMTRECV: 0,5"), frame("+QMTRECV: 0,5\r\n"), "buffered-mode notice");
        assertEquals(List.of("FRAMED +QMTRECV: 0,1,\"a,b\",2,\"\\r\\n\" | \\r\\n"),
                frame("+QMTRECV: 0,1,\"a,b\",2,\"\r\n\"\r\n"), "a comma inside the quoted topic is not a separator");
    }

    @Test
    void bodyEndsAtAFinalResultCodeAndKeepsItsBytes() {
        assertEquals(List.of("LINE CONNECT", "BODY {\"code\":200}\\r\\n", "LINE OK"),
                frame("\r\nCONNECT\r\n{\"code\":200}\r\n\r\nOK\r\n", Integer.MAX_VALUE, false, true, 1024),
                "the body's own trailing line end stays");
        assertEquals(List.of("LINE CONNECT", "BODY x", "LINE +CME ERROR: 703"),
                frame("CONNECT\nx\n+CME ERROR: 703\n", Integer.MAX_VALUE, false, true, 1024));
        assertEquals(List.of("LINE CONNECT", "BODY ", "LINE OK"),
                frame("CONNECT\r\n\r\nOK\r\n", Integer.MAX_VALUE, false, true, 1024), "empty body");
        assertEquals(List.of("LINE CONNECT", "BODY SEND OK", "LINE OK"),
                frame("CONNECT\r\nSEND OK\r\nOK\r\n", Integer.MAX_VALUE, false, true, 1024),
                "SEND OK ends socket sends, not a body");
    }

    @Test
    void controlBytesAndInvalidUtf8AreNoise() {
        assertEquals(List.of("NOISE a\\x01b", "NOISE \\xef\\xbf\\xbd\\xef\\xbf\\xbd", "LINE \\xe6\\xb8\\xa9\\xe5\\xba\\xa6"),
                frame(bytes("a\u0001b\r\n", new byte[] { (byte) 0xFF, (byte) 0xFE, '\n' }, "温度\n".getBytes(StandardCharsets.UTF_8)), Integer.MAX_VALUE, false, false, 1024));
    }

    @Test
    void megabyteOfRandomNoiseNeverThrowsAndLeavesTheFramerUsable() {
        byte[] noise = new byte[1 << 20];
        new Random(42).nextBytes(noise);
        Tokens t = new Tokens();
        t.promptExpected = true;
        Framer f = new Framer(t, 4096, 1 << 20, 1 << 20, List.of(LengthFramedUrc.QMTRECV));
        t.framer = f;
        for (int i = 0; i < noise.length; i += 4096) {
            f.feed(noise, i, 4096);
        }
        t.tokens.clear();
        byte[] ok = "\r\nOK\r\n".getBytes(StandardCharsets.US_ASCII);
        f.feed(ok, 0, ok.length);
        assertTrue(t.tokens.contains("LINE OK"), t.tokens.toString());
    }

    private static byte[] bytes(Object... parts) {
        byte[] all = new byte[0];
        for (Object p : parts) {
            byte[] b = p instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : (byte[]) p;
            int n = all.length;
            all = Arrays.copyOf(all, n + b.length);
            System.arraycopy(b, 0, all, n, b.length);
        }
        return all;
    }
}
