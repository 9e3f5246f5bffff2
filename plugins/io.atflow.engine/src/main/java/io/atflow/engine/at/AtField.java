package io.atflow.engine.at;

/**
 * One comma-separated field of an AT line as written: {@code raw} keeps blanks and quotes, {@code offset} is where it
 * starts in the line the lexer was given.
 */
public record AtField(String raw, int offset) {

    /** True when the field, blanks aside, starts with a double quote. */
    public boolean quoted() {
        return raw.strip().startsWith("\"");
    }

    /** True unless the field is quoted and lacks its closing quote. */
    public boolean closed() {
        String s = raw.strip();
        return !quoted() || s.length() >= 2 && s.endsWith("\"");
    }

    /** The value: blanks around it removed, then the quotes around a quoted value ({@code "a b"} → {@code a b}). */
    public String value() {
        return AtLexer.unquote(raw.strip());
    }
}
