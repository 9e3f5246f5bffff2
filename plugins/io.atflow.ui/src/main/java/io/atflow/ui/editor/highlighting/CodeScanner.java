package io.atflow.ui.editor.highlighting;

import java.util.Iterator;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;

import io.atflow.lang.ide.highlighting.LexicalClassifier;
import io.atflow.lang.ide.highlighting.StyledToken;
import io.atflow.ui.language.DocumentText;

/**
 * Colors code partitions with the language's lexer ({@link LexicalClassifier}): keywords, AT commands and their
 * parameters, patterns, captures, numbers, interpolations. Ranges start at line or partition starts, which are token
 * boundaries in code.
 */
public final class CodeScanner implements ITokenScanner {
    private final ScriptStyles styles;
    private Iterator<StyledToken> tokens = List.<StyledToken> of().iterator();
    private StyledToken current;
    private int end;

    public CodeScanner(ScriptStyles styles) {
        this.styles = styles;
    }

    @Override
    public void setRange(IDocument document, int offset, int length) {
        tokens = LexicalClassifier.tokens(new DocumentText(document), offset, offset + length).iterator();
        current = null;
        end = offset + length;
    }

    @Override
    public IToken nextToken() {
        if (!tokens.hasNext()) {
            current = new StyledToken(end, 0, null);
            return Token.EOF;
        }
        current = tokens.next();
        return styles.token(current.category());
    }

    @Override
    public int getTokenOffset() {
        return current.offset();
    }

    @Override
    public int getTokenLength() {
        return current.length();
    }
}
