package io.atflow.lang.parser;

import static io.atflow.lang.parser.SlipContext.adjacent;
import static io.atflow.lang.parser.SlipContext.start;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

import org.antlr.runtime.Token;

import io.atflow.lang.catalog.AtCatalog;

/**
 * Patterns after {@code expect}, {@code await} and {@code on} written as something else: a result word in lower case
 * ({@code expect ok}), a plain response line ({@code expect Quectel}, which the lexer splits into {@code Q} and
 * {@code uectel}) or nothing at all ({@code expect} at the end of a line).
 */
final class PatternSlips implements Slip.Recogniser {
    static final String KINDS = "a result word in capitals (OK), a +NAME: response or a /regular expression/";
    private static final Set<String> PATTERN_KEYWORDS = Set.of("expect", "await", "on");
    private static final java.util.regex.Pattern CAPTURE = java.util.regex.Pattern.compile("\\{([a-z][a-zA-Z0-9]*)\\}");
    private static final String REGEX_SPECIAL = "\\.[]()*+?^$|/{}";

    @Override
    public Optional<Slip> find(SlipContext c) {
        Token t = c.token(0);
        Token prev = c.token(-1);
        if (t != null && c.isA(prev, "RULE_CODE_WORD") && adjacent(prev, t)) {
            int k = 1;
            while (c.isA(c.token(-k - 1), "RULE_CODE_WORD") && c.blanksBetween(c.token(-k - 1), c.token(-k)) == 1) {
                k++;
            }
            return misspelt(c, c.token(-k), c.token(-k - 1));
        }
        if (!patternKeyword(c, prev)) {
            return Optional.empty();
        }
        if (t == null || !c.sameLine(prev, t) || t.getText().equals("{") || t.getText().equals("}")) {
            return missing(prev);
        }
        if (c.isA(t, "RULE_STRING")) {
            return quoted(t, prev);
        }
        boolean keyword = c.isKeyword(t) && t.getText().matches("[a-z]+");
        return keyword && result(c.phrase(start(t))) == null ? missing(prev) : misspelt(c, t, prev);
    }

    private static Optional<Slip> missing(Token keyword) {
        return Slip.here(keyword.getText() + " on line " + keyword.getLine() + " has no pattern: after "
                + keyword.getText() + " comes " + KINDS + ", e.g. " + keyword.getText() + " OK");
    }

    /** {@code expect "Quectel"}: a quoted line is not a pattern either. */
    private static Optional<Slip> quoted(Token string, Token keyword) {
        String text = string.getText();
        String inner = text.substring(1, text.length() >= 2 && text.endsWith("\"") ? text.length() - 1 : text.length());
        String word = result(inner);
        return Slip.on(string, text + " is not a pattern: after " + keyword.getText() + " comes " + KINDS
                + " without quotes; write " + (word != null ? word : asRegex(inner)));
    }

    private static boolean patternKeyword(SlipContext c, Token t) {
        return c.isKeyword(t) && PATTERN_KEYWORDS.contains(t.getText());
    }

    /** A pattern that starts at {@code first} but is not one; {@code keyword} is the token before it. */
    private static Optional<Slip> misspelt(SlipContext c, Token first, Token keyword) {
        String written = c.phrase(start(first));
        String after = patternKeyword(c, keyword) ? "after " + keyword.getText() + " comes " : "a pattern is ";
        String word = result(written);
        if (word != null) {
            return Slip.at(start(first), written.length(), written + " is not a pattern: " + after
                    + "a result word in capitals, as the module prints it; write " + word);
        }
        return Slip.at(start(first), written.length(), written + " is not a pattern: " + after + KINDS
                + "; write this line as " + asRegex(written));
    }

    /** The result word {@code written} means in another case ({@code ok}, {@code No Carrier}), or null. */
    private static String result(String written) {
        String upper = written.toUpperCase(Locale.ROOT).replaceAll("[ \t]+", " ");
        return upper.startsWith("+") || AtCatalog.standard().result(upper).isEmpty() ? null : upper;
    }

    /** {@code line} as a regular expression matching it literally, {@code {name}} captures as named groups. */
    static String asRegex(String line) {
        StringBuilder out = new StringBuilder("/");
        Matcher m = CAPTURE.matcher(line);
        int from = 0;
        while (m.find()) {
            escape(line.substring(from, m.start()), out);
            out.append("(?<").append(m.group(1)).append(">.*)");
            from = m.end();
        }
        escape(line.substring(from), out);
        return out.append('/').toString();
    }

    private static void escape(String text, StringBuilder out) {
        for (char ch : text.toCharArray()) {
            if (REGEX_SPECIAL.indexOf(ch) >= 0) {
                out.append('\\');
            }
            out.append(ch);
        }
    }
}
