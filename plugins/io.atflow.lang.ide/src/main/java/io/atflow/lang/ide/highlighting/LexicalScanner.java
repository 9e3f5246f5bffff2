package io.atflow.lang.ide.highlighting;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;

import io.atflow.lang.parser.antlr.internal.InternalAtFlowLexer;

/**
 * Runs the language's own ANTLR lexer over a part of a document, lazily, one {@link RawToken} at a time. Scanning must
 * start at a token boundary (the document start, a line start outside comments and text blocks, or the start of a
 * token); the lexer sees the text up to {@code end}, so the last token is complete when {@code end} is a token
 * boundary or the document end. The tokens cover the range without gaps: characters the lexer rejects come back as
 * tokens of type {@link Token#INVALID_TOKEN_TYPE}.
 */
public final class LexicalScanner {
    private final InternalAtFlowLexer lexer;
    private final int base;
    private final int end;
    private int position;
    private RawToken held;

    /** Scans {@code text} from {@code start} (a token boundary) to {@code end}. */
    public LexicalScanner(CharSequence text, int start, int end) {
        this.base = start;
        this.end = end;
        this.position = start;
        this.lexer = new InternalAtFlowLexer(new ANTLRStringStream(text.subSequence(start, end).toString()));
    }

    /** The next token, or null after the last one. */
    public RawToken next() {
        if (held != null) {
            RawToken t = held;
            held = null;
            position = t.end();
            return t;
        }
        while (position < end) {
            Token t = lexer.nextToken();
            if (t == null || t.getType() == Token.EOF) {
                return gap(end);
            }
            int start = base + ((CommonToken) t).getStartIndex();
            int stop = Math.min(end, base + ((CommonToken) t).getStopIndex() + 1);
            if (stop <= position) {
                continue;
            }
            if (start > position) {
                held = new RawToken(start, stop - start, t.getType());
                return gap(start);
            }
            RawToken token = new RawToken(position, stop - position, t.getType());
            position = stop;
            return token;
        }
        return null;
    }

    private RawToken gap(int upTo) {
        RawToken g = new RawToken(position, upTo - position, Token.INVALID_TOKEN_TYPE);
        position = upTo;
        return g.length() > 0 ? g : next();
    }
}
