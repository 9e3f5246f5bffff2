package io.atflow.ui.editor.highlighting;

import java.util.List;

import org.eclipse.jface.text.IDocument;

import io.atflow.lang.ide.highlighting.LexicalClassifier;
import io.atflow.lang.ide.highlighting.StyledToken;
import io.atflow.ui.language.DocumentText;

/**
 * Colors code partitions with the language's lexer ({@link LexicalClassifier}): keywords, AT commands and their
 * parameters, patterns, captures, numbers, interpolations. Ranges start at line or partition starts, which are token
 * boundaries in code.
 */
public final class CodeScanner extends StyledTokenScanner {
    public CodeScanner(ScriptStyles styles) {
        super(styles);
    }

    @Override
    List<StyledToken> tokens(IDocument document, int offset, int length) {
        return LexicalClassifier.tokens(new DocumentText(document), offset, offset + length);
    }
}
