package io.atflow.lang.ide.highlighting;

/**
 * Semantic highlighting styles. The ids are LSP semantic token types, so the language server's semantic tokens and
 * the Eclipse editor use the same names.
 */
public final class HighlightingStyles {
    /** The name of an AT command ({@code AT+QMTOPEN}). */
    public static final String COMMAND = "function";
    /** A quoted argument or text inside a command or pattern. */
    public static final String TEXT = "string";
    /** A number argument. */
    public static final String NUMBER = "number";
    /** {@code ${...}} placeholders. */
    public static final String PLACEHOLDER = "macro";
    /** The prefix of a response or URC pattern ({@code +QMTOPEN}). */
    public static final String URC = "event";
    /** {@code {name}} captures in patterns. */
    public static final String CAPTURE = "parameter";
    /** Result words: OK, ERROR, CONNECT. */
    public static final String RESULT = "enumMember";
    /** A regular expression pattern. */
    public static final String REGEX = "regexp";
    /** {@code secret(...)} references. */
    public static final String SECRET = "decorator";

    private HighlightingStyles() {
    }
}
