package io.atflow.ui.editor.highlighting;

import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;

import io.atflow.lang.ide.highlighting.LexicalClassifier;
import io.atflow.lang.ide.highlighting.StyledToken;
import io.atflow.lang.ide.highlighting.TokenCategory;

/** Colors string and text-block partitions: the text and its {@code ${...}} interpolations. */
public final class StringScanner extends StyledTokenScanner {
    public StringScanner(ScriptStyles styles) {
        super(styles);
    }

    @Override
    List<StyledToken> tokens(IDocument document, int offset, int length) {
        try {
            return LexicalClassifier.text(offset, document.get(offset, length));
        } catch (BadLocationException e) {
            return List.of(new StyledToken(offset, length, TokenCategory.STRING));
        }
    }
}
