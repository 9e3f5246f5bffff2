package io.atflow.ui.editor.highlighting;

import java.util.Iterator;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;

import io.atflow.lang.ide.highlighting.StyledToken;

/** Hands the language's classified tokens of a range to JFace, each with the style of its category. */
abstract class StyledTokenScanner implements ITokenScanner {
    private final ScriptStyles styles;
    private Iterator<StyledToken> tokens = List.<StyledToken> of().iterator();
    private StyledToken current;
    private int end;

    StyledTokenScanner(ScriptStyles styles) {
        this.styles = styles;
    }

    /** The classified tokens of {@code [offset, offset + length)} of the document. */
    abstract List<StyledToken> tokens(IDocument document, int offset, int length);

    @Override
    public final void setRange(IDocument document, int offset, int length) {
        tokens = tokens(document, offset, length).iterator();
        current = null;
        end = offset + length;
    }

    @Override
    public final IToken nextToken() {
        if (!tokens.hasNext()) {
            current = new StyledToken(end, 0, null);
            return Token.EOF;
        }
        current = tokens.next();
        return styles.token(current.category());
    }

    @Override
    public final int getTokenOffset() {
        return current.offset();
    }

    @Override
    public final int getTokenLength() {
        return current.length();
    }
}
