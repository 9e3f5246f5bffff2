package io.atflow.lang.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.atflow.engine.at.AtLexer;

/**
 * A text with {@code ${...}} placeholders, as found in strings, AT commands and patterns. Offsets are relative to the
 * text given to {@link #parse}.
 */
public record Template(String source, List<Segment> segments) {

    public Template {
        segments = List.copyOf(segments);
    }

    /** A piece of a template. */
    public sealed interface Segment {
        int offset();

        int length();
    }

    /** Literal text. */
    public record Literal(String text, int offset) implements Segment {
        @Override
        public int length() {
            return text.length();
        }
    }

    /**
     * A placeholder {@code ${source}}; {@code expr} is null when the source does not parse, then {@code error} says
     * why. {@code offset}/{@code length} cover the whole {@code ${...}}.
     */
    public record Placeholder(String exprSource, int offset, int length, TemplateExpr expr, String error)
            implements Segment {
    }

    public static Template parse(String text) {
        List<Segment> out = new ArrayList<>();
        int i = 0;
        int literalStart = 0;
        while (i < text.length()) {
            if (text.startsWith("${", i)) {
                int close = AtLexer.placeholderEnd(text, i);
                if (literalStart < i) {
                    out.add(new Literal(text.substring(literalStart, i), literalStart));
                }
                if (close < 0) {
                    String src = text.substring(i + 2);
                    out.add(new Placeholder(src, i, text.length() - i, null, "placeholder ${" + src
                            + " lacks its closing '}'"));
                    return new Template(text, out);
                }
                String src = text.substring(i + 2, close);
                TemplateExpr expr = null;
                String error = null;
                try {
                    expr = TemplateExprParser.parse(src);
                } catch (IllegalArgumentException e) {
                    error = e.getMessage();
                }
                out.add(new Placeholder(src, i, close + 1 - i, expr, error));
                i = close + 1;
                literalStart = i;
            } else {
                i++;
            }
        }
        if (literalStart < text.length()) {
            out.add(new Literal(text.substring(literalStart), literalStart));
        }
        return new Template(text, out);
    }

    public List<Placeholder> placeholders() {
        return segments.stream().filter(Placeholder.class::isInstance).map(Placeholder.class::cast).toList();
    }

    public boolean isConstant() {
        return placeholders().isEmpty();
    }

    /** Renders the template; {@code values} returns the text of a placeholder, or null when unknown. */
    public String render(Function<Placeholder, String> values) {
        StringBuilder b = new StringBuilder();
        for (Segment s : segments) {
            if (s instanceof Literal l) {
                b.append(l.text());
            } else {
                String v = values.apply((Placeholder) s);
                if (v == null) {
                    return null;
                }
                b.append(v);
            }
        }
        return b.toString();
    }
}
