package io.atflow.ui.editor.highlighting;

import java.util.List;

import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.util.CancelIndicator;

import io.atflow.lang.ide.highlighting.StyledToken;
import io.atflow.lang.ide.highlighting.TokenCategory;
import io.atflow.ui.language.ScriptLanguage;
import io.atflow.ui.language.ScriptSnapshot;

/**
 * The semantic highlighting of a parsed script (the language's highlighting calculator, with {@code ${secret(...)}}
 * interpolations as secrets), flattened into disjoint tokens in order: what the editor and the compare viewer paint
 * over the lexer's coloring.
 */
public final class SemanticTokens {
    private SemanticTokens() {
    }

    public static List<StyledToken> of(ScriptLanguage language, ScriptSnapshot snapshot, CancelIndicator cancel) {
        if (!snapshot.isParsed()) {
            return List.of();
        }
        TokenPainter painter = new TokenPainter();
        String text = snapshot.text();
        language.get(ISemanticHighlightingCalculator.class).provideHighlightingFor(snapshot.resource(),
                (offset, length, ids) -> {
                    TokenCategory c = ids.length == 0 ? TokenCategory.DEFAULT : TokenCategory.ofSemanticStyle(ids[0]);
                    if (c == TokenCategory.INTERPOLATION && text.startsWith("${secret(", offset)) {
                        c = TokenCategory.SECRET;
                    }
                    if (c != TokenCategory.DEFAULT) {
                        painter.paint(offset, length, c);
                    }
                }, cancel);
        return painter.tokens();
    }
}
