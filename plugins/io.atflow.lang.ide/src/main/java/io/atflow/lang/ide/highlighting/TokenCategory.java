package io.atflow.lang.ide.highlighting;

import java.util.Locale;

/**
 * What a piece of script text is, for coloring: the lexical classes of the language's own lexer refined by the
 * semantic styles of {@link AtFlowSemanticHighlighter}. Editors give each category a style.
 */
public enum TokenCategory {
    /** Keywords: {@code send}, {@code step}, {@code await}, {@code if}, {@code true}. */
    KEYWORD("Keywords"),
    /** Line and block comments. */
    COMMENT("Comments"),
    /** String literals, text blocks and quoted AT parameters. */
    STRING("Strings"),
    /** Numbers, durations and numeric AT parameters. */
    NUMBER("Numbers and durations"),
    /** {@code ${...}} interpolations. */
    INTERPOLATION("Interpolations"),
    /** The name of an AT command: {@code AT+QMTOPEN}. */
    COMMAND("AT commands"),
    /** The parameters of an AT command and the body of a response pattern. */
    PARAMETER("AT parameters"),
    /** Response and URC patterns ({@code +QMTOPEN:}) and result words ({@code OK}). */
    PATTERN("Responses and URCs"),
    /** {@code {name}} captures in patterns. */
    CAPTURE("Captures"),
    /** {@code /regular expression/} patterns. */
    REGEX("Regular expressions"),
    /** {@code secret(...)} references. */
    SECRET("Secrets"),
    /** Names, operators and everything else. */
    DEFAULT("Other text");

    private final String label;

    TokenCategory(String label) {
        this.label = label;
    }

    /** A stable lower-case id (preference keys use it). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A human name for preference pages. */
    public String label() {
        return label;
    }

    /** The category of a semantic highlighting style of {@link HighlightingStyles}, or DEFAULT. */
    public static TokenCategory ofSemanticStyle(String style) {
        return switch (style) {
            case HighlightingStyles.COMMAND -> COMMAND;
            case HighlightingStyles.TEXT -> STRING;
            case HighlightingStyles.NUMBER -> NUMBER;
            case HighlightingStyles.PLACEHOLDER -> INTERPOLATION;
            case HighlightingStyles.URC, HighlightingStyles.RESULT -> PATTERN;
            case HighlightingStyles.CAPTURE -> CAPTURE;
            case HighlightingStyles.REGEX -> REGEX;
            case HighlightingStyles.SECRET -> SECRET;
            default -> DEFAULT;
        };
    }
}
