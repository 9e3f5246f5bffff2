package io.atflow.ui.editor.highlighting;

import java.util.Iterator;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;

import io.atflow.lang.ide.highlighting.LexicalClassifier;
import io.atflow.lang.ide.highlighting.StyledToken;
import io.atflow.lang.ide.highlighting.TokenCategory;

/** Colors string and text-block partitions: the text and its {@code ${...}} interpolations. */
public final class StringScanner implements ITokenScanner {
    private final ScriptStyles styles;
    private Iterator<StyledToken> tokens = List.<StyledToken> of().iterator();
    private StyledToken current;
    private int end;

    public StringScanner(ScriptStyles styles) {
        this.styles = styles;
    }

    @Override
    public void setRange(IDocument document, int offset, int length) {
        end = offset + length;
        current = null;
        try {
            tokens = LexicalClassifier.text(offset, document.get(offset, length)).iterator();
        } catch (BadLocationException e) {
            tokens = List.of(new StyledToken(offset, length, TokenCategory.STRING)).iterator();
        }
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
