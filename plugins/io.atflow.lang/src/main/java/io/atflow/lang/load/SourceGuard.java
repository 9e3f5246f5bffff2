package io.atflow.lang.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import io.atflow.lang.validation.IssueCodes;

/**
 * Checks the bytes of a script before it is parsed, so that any input ends in one diagnostic instead of a stack trace
 * or a long wait: size limit, binary content, invalid UTF-8 and nesting depth.
 */
public final class SourceGuard {
    /** Scripts are text of a few hundred kilobytes at most; larger files are refused at once. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /** Deepest nesting of braces and parentheses accepted. */
    public static final int MAX_DEPTH = 64;

    private SourceGuard() {
    }

    /** The decoded text, or the diagnostic that stops parsing. */
    public record Checked(String text, Diagnostic problem) {
    }

    public static Checked check(String path, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return fail(path, 1, 1, String.format(java.util.Locale.ROOT,
                    "the file is %.1f MB; ATFlow scripts are limited to %d MB", bytes.length / 1048576.0,
                    MAX_BYTES / 1048576), IssueCodes.FILE_TOO_LARGE);
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                int[] lc = lineColumn(bytes, i);
                return fail(path, lc[0], lc[1], "the file contains a NUL byte; it looks binary, not an ATFlow script",
                        IssueCodes.BAD_ENCODING);
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            int[] lc = lineColumn(bytes, in.position());
            return fail(path, lc[0], lc[1], "the file is not valid UTF-8 (byte 0x"
                    + String.format("%02X", bytes[in.position()] & 0xff) + "); save it as UTF-8", IssueCodes.BAD_ENCODING);
        }
        try {
            decoder.flush(out);
        } catch (RuntimeException e) {
            return fail(path, 1, 1, "the file is not valid UTF-8", IssueCodes.BAD_ENCODING);
        }
        out.flip();
        String text = out.toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Optional<int[]> deep = tooDeep(text);
        if (deep.isPresent()) {
            return fail(path, deep.get()[0], deep.get()[1], "braces and parentheses nest deeper than " + MAX_DEPTH
                    + " levels", IssueCodes.TOO_DEEP);
        }
        return new Checked(text, null);
    }


    /** Position of the first bracket deeper than the limit, ignoring strings and comments roughly. */
    private static Optional<int[]> tooDeep(String text) {
        int depth = 0;
        int line = 1;
        int col = 1;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                col = 1;
                quote = 0;
                continue;
            }
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"') {
                quote = c;
            } else if (c == '{' || c == '(') {
                if (++depth > MAX_DEPTH) {
                    return Optional.of(new int[] { line, col });
                }
            } else if (c == '}' || c == ')') {
                depth = Math.max(0, depth - 1);
            }
            col++;
        }
        return Optional.empty();
    }

    private static Checked fail(String path, int line, int col, String message, String code) {
        return new Checked(null, new Diagnostic(Diagnostic.Severity.ERROR, path, line, col, message, code));
    }

    /** 1-based line and column (in characters of the valid prefix) of byte {@code offset}. */
    static int[] lineColumn(byte[] bytes, int offset) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                col = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                col++;
            }
        }
        return new int[] { line, col };
    }
}
