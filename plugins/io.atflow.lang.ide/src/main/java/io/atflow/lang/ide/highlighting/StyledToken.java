package io.atflow.lang.ide.highlighting;

/** A run of text of one {@link TokenCategory}: {@code length} characters from document offset {@code offset}. */
public record StyledToken(int offset, int length, TokenCategory category) {

    public int end() {
        return offset + length;
    }
}
