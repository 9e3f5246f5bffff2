package io.atflow.lang.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.PatternSyntaxException;

/**
 * A response or URC pattern as written after {@code expect}, {@code await} or {@code on}: {@code +QMTOPEN: 0,{result}}
 * (literal text, named captures {@code {name}}, placeholders {@code ${expr}}), a result word such as {@code OK}, or a
 * regular expression {@code /.../} with named groups. Offsets are relative to {@link #text()}.
 */
public record PatternText(String text, PatternKind kind, String prefix, List<Part> parts, String error) {

    private static final java.util.regex.Pattern GROUP = java.util.regex.Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    public PatternText {
        parts = List.copyOf(parts);
    }

    /** A piece of a pattern. */
    public sealed interface Part {
        int offset();
    }

    public record Literal(String text, int offset) implements Part {
    }

    /** {@code {name}}: the matched text becomes the variable {@code name}. */
    public record Capture(String name, int offset, int length) implements Part {
    }

    /** {@code ${expr}}: the value of the expression, matched literally. */
    public record Insert(Template.Placeholder placeholder, int offset) implements Part {
    }

    public static PatternText parse(String text) {
        if (text.startsWith("/")) {
            return regex(text);
        }
        PatternKind kind = text.startsWith("+") || text.startsWith("^") ? PatternKind.PREFIXED : PatternKind.WORD;
        int colon = text.indexOf(':');
        String prefix = kind == PatternKind.PREFIXED && colon > 0 ? text.substring(0, colon) : text;
        List<Part> parts = new ArrayList<>();
        String error = null;
        int literalStart = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                int close = text.indexOf('}', i);
                int end = close < 0 ? text.length() : close + 1;
                addLiteral(parts, text, literalStart, i);
                Template t = Template.parse(text.substring(i, end));
                Template.Placeholder p = t.placeholders().get(0);
                parts.add(new Insert(new Template.Placeholder(p.exprSource(), i, end - i, p.expr(), p.error()), i));
                if (p.error() != null && error == null) {
                    error = p.error();
                }
                i = end;
                literalStart = i;
            } else if (c == '{') {
                int close = text.indexOf('}', i);
                String name = close < 0 ? text.substring(i + 1) : text.substring(i + 1, close);
                if (close < 0 || !name.matches("[a-z_][a-zA-Z0-9_]*")) {
                    if (error == null) {
                        error = close < 0 ? "capture {" + name + " lacks its closing '}'"
                                : "capture {" + name + "} must be a name starting with a lower-case letter";
                    }
                    i++;
                    continue;
                }
                addLiteral(parts, text, literalStart, i);
                parts.add(new Capture(name, i, close + 1 - i));
                i = close + 1;
                literalStart = i;
            } else {
                i++;
            }
        }
        addLiteral(parts, text, literalStart, text.length());
        return new PatternText(text, kind, prefix, parts, error);
    }

    private static PatternText regex(String text) {
        String body = text.length() >= 2 && text.endsWith("/") ? text.substring(1, text.length() - 1) : text.substring(1);
        List<Part> parts = new ArrayList<>();
        Matcher m = GROUP.matcher(body);
        while (m.find()) {
            parts.add(new Capture(m.group(1), m.start(1) + 1, m.group(1).length()));
        }
        String error = null;
        try {
            java.util.regex.Pattern.compile(body);
        } catch (PatternSyntaxException e) {
            error = "regular expression does not compile: " + e.getDescription();
        }
        return new PatternText(text, PatternKind.REGEX, null, parts, error);
    }

    private static void addLiteral(List<Part> parts, String text, int from, int to) {
        if (from < to) {
            parts.add(new Literal(text.substring(from, to), from));
        }
    }

    public List<Capture> captures() {
        return parts.stream().filter(Capture.class::isInstance).map(Capture.class::cast).toList();
    }

    /**
     * The line matcher: a prefixed pattern without a body matches every line starting with the prefix, a word matches
     * the whole line, a body matches the whole line with captures as groups (the last one greedy).
     *
     * @param values the text of a placeholder
     */
    public java.util.regex.Pattern compile(Function<Template.Placeholder, String> values) {
        if (kind == PatternKind.REGEX) {
            return java.util.regex.Pattern.compile(text.substring(1, text.length() - 1));
        }
        if (kind == PatternKind.PREFIXED && text.indexOf(':') < 0) {
            return java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(text) + "(?::.*)?");
        }
        StringBuilder re = new StringBuilder();
        long remaining = captures().size();
        for (Part p : parts) {
            switch (p) {
                case Literal l -> re.append(java.util.regex.Pattern.quote(l.text()));
                case Capture c -> re.append("(?<").append(c.name()).append(--remaining == 0 ? ">.*)" : ">.*?)");
                case Insert ins -> re.append(java.util.regex.Pattern.quote(String.valueOf(values.apply(ins.placeholder()))));
            }
        }
        return java.util.regex.Pattern.compile(re.toString());
    }
}
