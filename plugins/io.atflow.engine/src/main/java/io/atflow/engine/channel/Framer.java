package io.atflow.engine.channel;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts the byte stream from a module into lines, prompts, length-framed payloads and {@code CONNECT} bodies.
 *
 * <ul>
 * <li>CR, LF, CRLF and LFCR all end a line; empty lines are dropped; NUL bytes are dropped.</li>
 * <li>{@code >} at the start of a line is a prompt (no line end follows) only while the sink expects one; one
 * space after it is skipped.</li>
 * <li>A line that reaches {@code maxLineBytes} without a line end is cut: its head is reported as overlong and the
 * rest up to the next line end is dropped — memory stays bounded whatever arrives.</li>
 * <li>A line that starts with the prefix of a {@link LengthFramedUrc} and whose length field is a number reads the
 * payload by length (optionally in quotes), so CR and LF inside the payload do not end the line.</li>
 * <li>After {@link #enterBody()} every byte belongs to the body until a line that is a final result code.</li>
 * <li>{@code SEND OK} and {@code SEND FAIL} end their line as soon as they are complete, unless the sink says the line
 * may go on ({@link Sink#mayContinue}): a BG96 log (issue 20) shows {@code SEND OKAT+QIRD=0,0}, its result glued to
 * the echo of the host's next command. Other codes wait for their line end ({@code +CME ERROR: 1} may go on with
 * {@code 0}).</li>
 * </ul>
 * Not thread-safe: used by the thread holding the channel's read role only (the reader thread or a caller reading its
 * own answer).
 */
final class Framer {
    /** Receives what the framer recognises; may call {@link #enterBody()} from {@link #line}. */
    interface Sink {
        boolean promptExpected();

        void prompt();

        /**
         * @param noise   the line contains control characters or invalid UTF-8
         * @param payload the length-framed payload, or null
         */
        void line(String text, boolean noise, byte[] payload);

        /**
         * Whether a line that so far is {@code head} ({@code SEND OK}, {@code SEND FAIL}) may go on; if not, it ends
         * here, without a line end.
         */
        boolean mayContinue(String head);

        /** A line reached {@code limit} bytes without a line end; the rest up to the next line end is dropped. */
        void overlong(String head, int limit);

        /** A complete {@code CONNECT} body; {@code truncated} when it exceeded the limit. */
        void body(byte[] body, boolean truncated);
    }

    private static final int LINE = 0;
    private static final int DISCARD = 1;
    private static final int PAYLOAD = 2;
    private static final int BODY = 3;
    private static final int INITIAL = 256;
    private static final int PREVIEW = 80;
    /** Codes that end their line without a line end (see {@link Sink#mayContinue}). */
    private static final byte[][] UNTERMINATED = { FinalResultCode.SEND_OK.getBytes(StandardCharsets.US_ASCII),
            FinalResultCode.SEND_FAIL.getBytes(StandardCharsets.US_ASCII) };

    private final Sink sink;
    private final int maxLine;
    private final int maxPayload;
    private final List<LengthFramedUrc> framed;
    private final BodyReader bodyReader;
    private final byte[][] prefixes;

    private int mode = LINE;
    private byte[] buf = new byte[INITIAL];
    private int len;
    private boolean control;
    private boolean lastEndedWithCr;
    private boolean skipSpace;

    private LengthFramedUrc rule;
    private int field;
    private int fieldStart;
    private boolean quoted;
    private int payloadStart = -1;
    private int payloadLength;
    private int payloadRemaining;
    private boolean expectOpenQuote;


    Framer(Sink sink, int maxLine, int maxPayload, int maxBody, List<LengthFramedUrc> framed) {
        this.sink = sink;
        this.maxLine = maxLine;
        this.maxPayload = maxPayload;
        this.framed = List.copyOf(framed);
        this.prefixes = this.framed.stream().map(LengthFramedUrc::prefixBytes).toArray(byte[][]::new);
        this.bodyReader = new BodyReader(maxBody);
    }

    void feed(byte[] data, int offset, int length) {
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            byte c = data[i];
            switch (mode) {
                case LINE -> line(c);
                case PAYLOAD -> payload(c);
                case BODY -> body(c);
                default -> discard(c);
            }
        }
    }

    /** From now on collect a {@code CONNECT} body (called by the sink while handling the CONNECT line). */
    void enterBody() {
        mode = BODY;
        bodyReader.start(lastEndedWithCr);
    }

    /** Drops a body being collected (its command ended without a final code) and frames lines again. */
    void leaveBody() {
        if (mode == BODY) {
            mode = LINE;
            bodyReader.drop();
        }
    }

    private void line(byte c) {
        if (c == '\r' || c == '\n') {
            lastEndedWithCr = c == '\r';
            if (len > 0) {
                emitLine();
            }
            return;
        }
        if (c == 0) {
            return;
        }
        if (len == 0) {
            boolean afterPrompt = skipSpace;
            skipSpace = false;
            if (afterPrompt && c == ' ') {
                return;
            }
            if (c == '>' && sink.promptExpected()) {
                skipSpace = true;
                sink.prompt();
                return;
            }
        }
        append(c);
        if (len - payloadLength >= maxLine) {
            String head = new String(buf, 0, Math.min(len, PREVIEW), StandardCharsets.UTF_8);
            mode = DISCARD;
            reset();
            sink.overlong(head, maxLine);
            return;
        }
        if ((c >= 0 && c < 0x20 && c != '\t') || c == 0x7F) {
            control = true;
        }
        if (rule != null) {
            lengthField(c);
        } else if (c == ':' && buf[0] == '+' && payloadStart < 0) {
            startRule();
        } else if (endsUnterminated()) {
            emitLine();
        }
    }

    private boolean endsUnterminated() {
        if (buf[0] != 'S' || payloadStart >= 0) {
            return false;
        }
        for (byte[] code : UNTERMINATED) {
            if (len == code.length && Arrays.equals(buf, 0, len, code, 0, len)) {
                return !sink.mayContinue(new String(code, StandardCharsets.US_ASCII));
            }
        }
        return false;
    }

    private void startRule() {
        for (int i = 0; i < prefixes.length; i++) {
            byte[] p = prefixes[i];
            if (p.length == len && Arrays.equals(buf, 0, len, p, 0, p.length)) {
                rule = framed.get(i);
                field = 0;
                fieldStart = len;
                quoted = false;
                return;
            }
        }
    }

    private void lengthField(byte c) {
        if (c == '"') {
            quoted = !quoted;
            return;
        }
        if (c != ',' || quoted) {
            return;
        }
        if (field == rule.lengthField()) {
            long n = digits(fieldStart, len - 1);
            rule = null;
            if (n >= 0 && n <= maxPayload && len - 1 - fieldStart <= 12) {
                mode = PAYLOAD;
                payloadRemaining = (int) n;
                payloadLength = 0;
                expectOpenQuote = true;
                payloadStart = len;
                if (n == 0) {
                    mode = LINE;
                }
            }
            return;
        }
        field++;
        fieldStart = len;
    }

    private long digits(int from, int to) {
        long n = 0;
        int count = 0;
        for (int i = from; i < to; i++) {
            byte b = buf[i];
            if (b == ' ' && count == 0) {
                continue;
            }
            if (b < '0' || b > '9' || count > 9) {
                return -1;
            }
            n = n * 10 + (b - '0');
            count++;
        }
        return count == 0 ? -1 : n;
    }

    private void payload(byte c) {
        if (expectOpenQuote) {
            expectOpenQuote = false;
            if (c == '"') {
                append(c);
                payloadStart = len;
                return;
            }
        }
        append(c);
        payloadLength++;
        if (--payloadRemaining == 0) {
            mode = LINE;
        }
    }

    private void discard(byte c) {
        if (c == '\r' || c == '\n') {
            lastEndedWithCr = c == '\r';
            mode = LINE;
        }
    }

    private void body(byte c) {
        String finalLine = bodyReader.accept(c);
        if (finalLine != null) {
            mode = LINE;
            lastEndedWithCr = c == '\r';
            sink.body(bodyReader.content(), bodyReader.truncated());
            bodyReader.drop();
            sink.line(finalLine, false, null);
        }
    }

    private void append(byte c) {
        if (len == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        buf[len++] = c;
    }

    private void emitLine() {
        String text = new String(buf, 0, len, StandardCharsets.UTF_8);
        byte[] payload = payloadStart >= 0 ? Arrays.copyOfRange(buf, payloadStart, payloadStart + payloadLength) : null;
        boolean noise = payload == null && (control || text.indexOf('\uFFFD') >= 0);
        reset();
        sink.line(text, noise, payload);
    }

    private void reset() {
        len = 0;
        control = false;
        rule = null;
        payloadStart = -1;
        payloadLength = 0;
        if (buf.length > 4 * INITIAL && buf.length > maxLine / 4) {
            buf = new byte[INITIAL];
        }
    }
}
