package io.atflow.lang.parser;

import java.util.Optional;

import org.antlr.runtime.Token;

/**
 * A common slip recognised at a syntax error: the sentence shown instead of the parser's message and the text it
 * points at ({@code offset} and {@code length} in the file; {@code offset} -1 keeps the parser's position).
 */
record Slip(String message, int offset, int length) {

    /** Recognises one kind of slip from what the parser saw. */
    interface Recogniser {
        Optional<Slip> find(SlipContext context);
    }

    /** A slip shown where the parser found it. */
    static Optional<Slip> here(String message) {
        return Optional.of(new Slip(message, -1, 0));
    }

    /** A slip shown on {@code length} characters from {@code offset} (on the line of the offending token). */
    static Optional<Slip> at(int offset, int length, String message) {
        return Optional.of(new Slip(message, offset, Math.max(1, length)));
    }

    static Optional<Slip> on(Token token, String message) {
        return at(SlipContext.start(token), SlipContext.end(token) - SlipContext.start(token), message);
    }
}
