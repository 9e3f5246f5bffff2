package io.atflow.lang.model;

import java.util.ArrayList;
import java.util.List;

/** Recursive-descent parser of the expression inside {@code ${...}}; errors are one sentence. */
final class TemplateExprParser {
    private static final int MAX_DEPTH = 32;
    private final String src;
    private int pos;

    private TemplateExprParser(String src) {
        this.src = src;
    }

    /** Parses {@code source}; throws {@link IllegalArgumentException} with a user-facing message. */
    static TemplateExpr parse(String source) {
        TemplateExprParser p = new TemplateExprParser(source);
        TemplateExpr e = p.expr(0);
        p.blanks();
        if (p.pos != source.length()) {
            throw new IllegalArgumentException("unexpected '" + source.charAt(p.pos) + "' in ${" + source + "}");
        }
        return e;
    }

    private TemplateExpr expr(int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("placeholder nests deeper than " + MAX_DEPTH + " levels");
        }
        blanks();
        TemplateExpr e = primary(depth);
        while (peek() == '.') {
            pos++;
            e = new TemplateExpr.Access(e, ident("a member name after '.'"));
        }
        return e;
    }

    private TemplateExpr primary(int depth) {
        char c = peek();
        if (c == '"') {
            int end = src.indexOf('"', pos + 1);
            if (end < 0) {
                throw new IllegalArgumentException("unterminated text in ${" + src + "}");
            }
            String text = src.substring(pos + 1, end);
            pos = end + 1;
            return new TemplateExpr.Text(text);
        }
        if (Character.isDigit(c) || c == '-') {
            int start = pos++;
            while (Character.isDigit(peek())) {
                pos++;
            }
            return new TemplateExpr.Text(src.substring(start, pos));
        }
        String name = ident("a name");
        blanks();
        if (peek() != '(') {
            return new TemplateExpr.Name(name);
        }
        pos++;
        List<TemplateExpr> args = new ArrayList<>();
        blanks();
        if (peek() != ')') {
            args.add(expr(depth + 1));
            blanks();
            while (peek() == ',') {
                pos++;
                args.add(expr(depth + 1));
                blanks();
            }
        }
        if (peek() != ')') {
            throw new IllegalArgumentException("missing ')' after the arguments of " + name + "(...)");
        }
        pos++;
        return new TemplateExpr.Call(name, args);
    }

    private String ident(String what) {
        blanks();
        int start = pos;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
            pos++;
        }
        if (start == pos || Character.isDigit(src.charAt(start))) {
            throw new IllegalArgumentException(src.isBlank() ? "empty placeholder ${}"
                    : "expected " + what + " in ${" + src + "}");
        }
        return src.substring(start, pos);
    }

    private void blanks() {
        while (pos < src.length() && src.charAt(pos) == ' ') {
            pos++;
        }
    }

    private char peek() {
        return pos < src.length() ? src.charAt(pos) : '\0';
    }
}
