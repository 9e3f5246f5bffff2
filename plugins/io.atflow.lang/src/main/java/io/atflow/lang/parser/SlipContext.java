package io.atflow.lang.parser;

import java.util.Optional;
import java.util.Set;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider.IParserErrorContext;

/**
 * What the parser saw where a syntax error was found: the offending token, the tokens around it (comments and blanks
 * skipped), the source text and the node being built. Reading stays near the error, so a file with many errors is not
 * read again for each of them.
 */
final class SlipContext {
    /** Words that end a phrase: the keywords that may follow a pattern, a command or a value on the same line. */
    private static final Set<String> PHRASE_END = Set.of("expect", "timeout", "retry", "within", "prompt", "connect",
            "receive", "send", "await", "on", "var", "set", "if", "else", "fail", "log", "delay", "step");
    private static final int MAX_LINE = 500;
    /** How many tokens {@link #openingBrace()} reads back at most. */
    private static final int MAX_BACK = 20_000;

    private final TokenStream tokens;
    private final Token offending;
    private final int index;
    private final CharStream text;
    private final IParserErrorContext parser;

    private SlipContext(TokenStream tokens, Token offending, int index, CharStream text, IParserErrorContext parser) {
        this.tokens = tokens;
        this.offending = offending;
        this.index = index;
        this.text = text;
        this.parser = parser;
    }

    /** The context of a parser error, or empty when the parser gives no token stream to read. */
    static Optional<SlipContext> of(IParserErrorContext context) {
        RecognitionException e = context.getRecognitionException();
        if (e == null || e.token == null || !(e.input instanceof TokenStream ts) || ts.size() == 0
                || !(ts.get(0) instanceof CommonToken first) || first.getInputStream() == null) {
            return Optional.empty();
        }
        boolean eof = e.token.getType() == Token.EOF;
        int index = eof ? ts.size() : e.token.getTokenIndex();
        if (index < 0 || index > ts.size()) {
            return Optional.empty();
        }
        return Optional.of(new SlipContext(ts, e.token, index, first.getInputStream(), context));
    }

    /** The token the parser stopped at; its type is {@link Token#EOF} at the end of the file. */
    Token offending() {
        return offending;
    }

    boolean atEnd() {
        return offending.getType() == Token.EOF;
    }

    /**
     * The k-th visible token from the offending one: -1 the one before, 1 the one after; null before the start and at
     * the end of the file.
     */
    Token token(int k) {
        if (k == 0) {
            return atEnd() ? null : offending;
        }
        int step = k < 0 ? -1 : 1;
        int i = index;
        for (int seen = 0; seen < Math.abs(k);) {
            i += step;
            if (i < 0 || i >= tokens.size()) {
                return null;
            }
            if (tokens.get(i).getChannel() == Token.DEFAULT_CHANNEL) {
                seen++;
            }
        }
        return tokens.get(i);
    }

    /** The {@code {} the offending {@code }} closes when braces are counted back from it, or null. */
    Token openingBrace() {
        int depth = 0;
        for (int i = index; i >= 0 && i > index - MAX_BACK; i--) {
            Token t = tokens.get(i);
            if (t.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            if ("}".equals(t.getText())) {
                depth++;
            } else if ("{".equals(t.getText()) && --depth == 0) {
                return t;
            }
        }
        return null;
    }

    /** The token expected where the error was found: {@code '}'}, {@code RULE_DURATION}, or null when not one. */
    String expected() {
        RecognitionException e = parser.getRecognitionException();
        String[] names = parser.getTokenNames();
        if (e instanceof MismatchedTokenException m && names != null && m.expecting >= 0
                && m.expecting < names.length) {
            return names[m.expecting];
        }
        if (e instanceof MismatchedTokenException m && m.expecting == Token.EOF) {
            return "EOF";
        }
        return null;
    }

    EObject currentObject() {
        return parser.getCurrentContext();
    }

    INode currentNode() {
        return parser.getCurrentNode();
    }

    /**
     * True when {@code t} is written {@code text}: a keyword ({@code "var"}, {@code "="}) or a character the grammar
     * does not know ({@code ":"}); no string, pattern or name token is written as a bare keyword.
     */
    static boolean is(Token t, String text) {
        return t != null && text.equals(t.getText());
    }

    /**
     * True when {@code t} is a token of the terminal rule {@code rule} ({@code "RULE_INT"}). Types are looked up by
     * name at run time: the generated type numbers change with the grammar.
     */
    boolean isA(Token t, String rule) {
        String[] names = parser.getTokenNames();
        return t != null && names != null && t.getType() >= 0 && t.getType() < names.length
                && rule.equals(names[t.getType()]);
    }

    /** True when {@code t} is a keyword of the grammar ({@code if}, {@code connect}, {@code =}). */
    boolean isKeyword(Token t) {
        String[] names = parser.getTokenNames();
        return t != null && names != null && t.getType() >= 0 && t.getType() < names.length
                && names[t.getType()].startsWith("'");
    }

    static int start(Token t) {
        return ((CommonToken) t).getStartIndex();
    }

    static int end(Token t) {
        return ((CommonToken) t).getStopIndex() + 1;
    }

    /** True when {@code b} follows {@code a} with nothing between them. */
    static boolean adjacent(Token a, Token b) {
        return a != null && b != null && end(a) == start(b);
    }

    /** The number of blanks (spaces, tabs) between {@code a} and {@code b}, or -1 when anything else is between. */
    int blanksBetween(Token a, Token b) {
        if (a == null || b == null || start(b) <= end(a)) {
            return -1;
        }
        String between = text.substring(end(a), start(b) - 1);
        return between.chars().allMatch(c -> c == ' ' || c == '\t') ? between.length() : -1;
    }

    boolean sameLine(Token a, Token b) {
        return a != null && b != null && a.getLine() == b.getLine();
    }

    /** The text from {@code offset} to the end of its line (at most {@value #MAX_LINE} characters). */
    String restOfLine(int offset) {
        int last = Math.min(text.size(), offset + MAX_LINE) - 1;
        if (offset > last) {
            return "";
        }
        String s = text.substring(offset, last);
        int nl = s.indexOf('\n');
        s = nl < 0 ? s : s.substring(0, nl);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    /**
     * What was written from {@code offset} on as one phrase: up to a comment outside quotes, a block brace or a blank
     * followed by a keyword of the language ({@code expect OK timeout 5s} gives {@code OK}), without trailing blanks.
     */
    String phrase(int offset) {
        String line = restOfLine(offset);
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (line.startsWith("//", i) || line.startsWith("/*", i)
                    || (c == ' ' || c == '\t') && (keywordAt(line, i + 1) || braceAt(line, i + 1)))) {
                return line.substring(0, i).strip();
            }
        }
        return line.strip();
    }

    /** A brace standing alone (a block), not the brace of a capture such as {@code {rev}}. */
    private static boolean braceAt(String line, int at) {
        return at < line.length() && (line.charAt(at) == '{' || line.charAt(at) == '}')
                && (at + 1 == line.length() || line.charAt(at + 1) == ' ' || line.charAt(at + 1) == '\t');
    }

    private static boolean keywordAt(String line, int from) {
        int i = from;
        while (i < line.length() && Character.isLetter(line.charAt(i))) {
            i++;
        }
        return i > from && (i == line.length() || !Character.isLetterOrDigit(line.charAt(i)))
                && PHRASE_END.contains(line.substring(from, i));
    }
}
