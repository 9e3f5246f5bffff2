package io.atflow.lang.model;

/**
 * One comma-separated argument of an AT command. {@code offset} is relative to the command text; {@code value} is
 * the text without surrounding quotes; {@code closed} is false for a quoted argument that lacks its closing quote.
 */
public record AtArgument(String raw, int offset, boolean quoted, boolean closed) {

    public String value() {
        if (!quoted) {
            return raw;
        }
        return raw.substring(1, closed ? raw.length() - 1 : raw.length());
    }

    /** Offset of {@link #value()} in the command text. */
    public int valueOffset() {
        return quoted ? offset + 1 : offset;
    }

    public boolean isEmpty() {
        return raw.isEmpty();
    }

    public Template template() {
        return Template.parse(value());
    }
}
