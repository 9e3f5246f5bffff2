package io.atflow.engine.channel;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Collects a {@code CONNECT} body byte by byte until a line that is a final result code ({@code OK},
 * {@code ERROR}, {@code +CME ERROR: n}; not {@code SEND OK}, which only ends socket sends); keeps at most
 * {@code max} bytes. The body is every byte before that line, without the one line end the module puts before it;
 * its own line ends and empty lines are kept.
 */
final class BodyReader {
    private static final int INITIAL = 256;
    private static final int FINAL_LINE_MAX = 64;

    private final int max;
    private byte[] body;
    private int length;
    private boolean truncated;
    private int lineStart;
    private final byte[] line = new byte[FINAL_LINE_MAX];
    private int lineLength;
    private boolean skipLf;

    BodyReader(int max) {
        this.max = max;
    }

    /** @param afterCr the CONNECT line ended with CR: an LF right after it still belongs to that line end */
    void start(boolean afterCr) {
        body = new byte[INITIAL];
        length = 0;
        truncated = false;
        lineStart = 0;
        lineLength = 0;
        skipLf = afterCr;
    }

    /** Takes one byte; returns the final result code line when it ended the body, else null. */
    String accept(byte c) {
        if (skipLf) {
            skipLf = false;
            if (c == '\n') {
                return null;
            }
        }
        if (length == max) {
            truncated = true;
        } else {
            if (length == body.length) {
                body = Arrays.copyOf(body, Math.min(max, body.length * 2));
            }
            body[length++] = c;
        }
        if (c != '\r' && c != '\n') {
            if (lineLength < FINAL_LINE_MAX) {
                line[lineLength] = c;
            }
            lineLength++;
            return null;
        }
        if (lineLength > 0 && lineLength <= FINAL_LINE_MAX) {
            String text = new String(line, 0, lineLength, StandardCharsets.UTF_8).strip();
            FinalResultCode code = FinalResultCode.parseOrNull(text);
            if (code != null && code.kind() != FinalResultCode.Kind.CONNECT && !code.isSendResult()) {
                return text;
            }
        }
        lineLength = 0;
        lineStart = length;
        return null;
    }

    /** The body before the final line, without the line end that preceded it. */
    byte[] content() {
        int cut = Math.min(lineStart, length);
        if (cut > 0 && body[cut - 1] == '\n') {
            cut--;
            if (cut > 0 && body[cut - 1] == '\r') {
                cut--;
            }
        } else if (cut > 0 && body[cut - 1] == '\r') {
            cut--;
        }
        return Arrays.copyOf(body, cut);
    }

    boolean truncated() {
        return truncated;
    }

    void drop() {
        body = null;
    }
}
