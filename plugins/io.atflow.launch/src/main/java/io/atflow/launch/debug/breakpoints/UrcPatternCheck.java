package io.atflow.launch.debug.breakpoints;

import io.atflow.lang.model.PatternKind;
import io.atflow.lang.model.PatternText;

/** Checks the pattern of a "suspend on URC" breakpoint with the language's pattern syntax (as after {@code on}). */
public final class UrcPatternCheck {
    private UrcPatternCheck() {
    }

    /** One sentence saying what is wrong with {@code pattern}, or null when it parses. */
    public static String problem(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            return "Enter the URC to suspend on, e.g. +QMTSTAT: 0,{err} or /\\+QIURC: \"closed\",\\d+/.";
        }
        String text = pattern.strip();
        PatternText parsed = PatternText.parse(text);
        if (parsed.kind() == PatternKind.REGEX && (text.length() < 2 || !text.endsWith("/"))) {
            return "The URC pattern " + text + " lacks the closing / of its regular expression.";
        }
        if (parsed.error() != null) {
            return "The URC pattern " + text + " does not parse: " + parsed.error() + ".";
        }
        return null;
    }
}
