package io.atflow.lang.ide.highlighting;

import java.util.ArrayList;
import java.util.List;

import io.atflow.lang.model.AtArgument;
import io.atflow.lang.model.AtCommandText;
import io.atflow.lang.model.PatternKind;
import io.atflow.lang.model.PatternText;
import io.atflow.lang.model.Template;
import io.atflow.lang.parser.antlr.internal.InternalAtFlowLexer;
import io.atflow.lang.parser.antlr.internal.InternalAtFlowParser;

/**
 * Syntax coloring from the language's own lexer: each {@link RawToken} becomes one or more {@link StyledToken}s. AT
 * commands are split into name and parameters, patterns into prefix, captures and body, and {@code ${...}}
 * interpolations are picked out of commands, patterns and strings ({@code ${secret(...)}} as a secret).
 */
public final class LexicalClassifier {
    /** The function whose calls are secrets. */
    public static final String SECRET_FUNCTION = "secret";
    private LexicalClassifier() {
    }

    /** Styled tokens of {@code text[start, end)}; {@code start} must be a token boundary. */
    public static List<StyledToken> tokens(CharSequence text, int start, int end) {
        List<StyledToken> out = new ArrayList<>();
        LexicalScanner scanner = new LexicalScanner(text, start, end);
        for (RawToken t = scanner.next(); t != null; t = scanner.next()) {
            out.addAll(classify(t, text.subSequence(t.offset(), t.end()).toString()));
        }
        return out;
    }

    /** The styled parts of one token whose text is {@code tokenText}. */
    public static List<StyledToken> classify(RawToken t, String tokenText) {
        return switch (t.type()) {
            case InternalAtFlowLexer.RULE_AT_COMMAND -> command(t.offset(), tokenText);
            case InternalAtFlowLexer.RULE_URC_PATTERN -> pattern(t.offset(), tokenText);
            case InternalAtFlowLexer.RULE_STRING, InternalAtFlowLexer.RULE_TEXT_BLOCK -> text(t.offset(), tokenText);
            case InternalAtFlowLexer.RULE_ID -> List.of(new StyledToken(t.offset(), t.length(),
                    SECRET_FUNCTION.equals(tokenText) ? TokenCategory.SECRET : TokenCategory.DEFAULT));
            default -> List.of(new StyledToken(t.offset(), t.length(), category(t.type())));
        };
    }

    /** The category of a whole token of lexer type {@code type}. */
    public static TokenCategory category(int type) {
        return switch (type) {
            case InternalAtFlowLexer.RULE_ML_COMMENT, InternalAtFlowLexer.RULE_SL_COMMENT -> TokenCategory.COMMENT;
            case InternalAtFlowLexer.RULE_STRING, InternalAtFlowLexer.RULE_TEXT_BLOCK -> TokenCategory.STRING;
            case InternalAtFlowLexer.RULE_INT, InternalAtFlowLexer.RULE_DURATION -> TokenCategory.NUMBER;
            case InternalAtFlowLexer.RULE_AT_COMMAND -> TokenCategory.COMMAND;
            case InternalAtFlowLexer.RULE_URC_PATTERN, InternalAtFlowLexer.RULE_CODE_WORD -> TokenCategory.PATTERN;
            case InternalAtFlowLexer.RULE_REGEX -> TokenCategory.REGEX;
            default -> isKeyword(type) ? TokenCategory.KEYWORD : TokenCategory.DEFAULT;
        };
    }

    /** True for the grammar's word keywords ({@code 'send'}, {@code 'true'}), not for punctuation. */
    public static boolean isKeyword(int type) {
        if (type <= 0 || type >= InternalAtFlowParser.tokenNames.length) {
            return false;
        }
        String name = InternalAtFlowParser.tokenNames[type];
        return name.length() > 2 && name.startsWith("'") && Character.isLetter(name.charAt(1));
    }

    private static List<StyledToken> command(int offset, String text) {
        Painter p = new Painter(offset, text.length(), TokenCategory.PARAMETER);
        AtCommandText cmd = AtCommandText.parse(text);
        p.paint(0, cmd.nameLength(), TokenCategory.COMMAND);
        for (AtArgument a : cmd.args()) {
            if (a.quoted()) {
                p.paint(a.offset(), a.raw().length(), TokenCategory.STRING);
            } else if (a.raw().matches("-?[0-9]+")) {
                p.paint(a.offset(), a.raw().length(), TokenCategory.NUMBER);
            }
            placeholders(p, a.valueOffset(), a.value());
        }
        return p.tokens();
    }

    private static List<StyledToken> pattern(int offset, String text) {
        Painter p = new Painter(offset, text.length(), TokenCategory.PARAMETER);
        PatternText pattern = PatternText.parse(text);
        if (pattern.kind() != PatternKind.PREFIXED || pattern.prefix() == null) {
            p.paint(0, text.length(), TokenCategory.PATTERN);
            return p.tokens();
        }
        p.paint(0, Math.min(text.length(), pattern.prefix().length() + (text.startsWith(":", pattern.prefix().length())
                ? 1 : 0)), TokenCategory.PATTERN);
        for (PatternText.Part part : pattern.parts()) {
            if (part instanceof PatternText.Capture c) {
                p.paint(c.offset(), c.length(), TokenCategory.CAPTURE);
            } else if (part instanceof PatternText.Insert i) {
                p.paint(i.offset(), i.placeholder().length(), interpolation(i.placeholder()));
            }
        }
        return p.tokens();
    }

    /** A string, a text block or a part of one: text with its interpolations. */
    public static List<StyledToken> text(int offset, String text) {
        Painter p = new Painter(offset, text.length(), TokenCategory.STRING);
        placeholders(p, 0, text);
        return p.tokens();
    }

    private static void placeholders(Painter p, int base, String text) {
        for (Template.Placeholder ph : Template.parse(text).placeholders()) {
            p.paint(base + ph.offset(), ph.length(), interpolation(ph));
        }
    }

    private static TokenCategory interpolation(Template.Placeholder ph) {
        return ph.exprSource().strip().startsWith("secret(") ? TokenCategory.SECRET : TokenCategory.INTERPOLATION;
    }

    /** Paints categories over the characters of a token, then merges equal neighbours into tokens. */
    private static final class Painter {
        private final int offset;
        private final TokenCategory[] cells;

        Painter(int offset, int length, TokenCategory base) {
            this.offset = offset;
            this.cells = new TokenCategory[length];
            java.util.Arrays.fill(cells, base);
        }

        void paint(int from, int length, TokenCategory c) {
            for (int i = Math.max(0, from); i < Math.min(cells.length, from + length); i++) {
                cells[i] = c;
            }
        }

        List<StyledToken> tokens() {
            List<StyledToken> out = new ArrayList<>();
            int start = 0;
            for (int i = 1; i <= cells.length; i++) {
                if (i == cells.length || cells[i] != cells[start]) {
                    out.add(new StyledToken(offset + start, i - start, cells[start]));
                    start = i;
                }
            }
            return out;
        }
    }
}
