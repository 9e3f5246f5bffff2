package io.atflow.ui.editor.outline;

import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Position;

/** Document offsets of outline symbols (whose ranges are lines and characters). */
public final class SymbolRanges {
    private SymbolRanges() {
    }

    public static int offset(IDocument document, Position p) {
        try {
            return Math.min(document.getLength(), document.getLineOffset(p.getLine()) + p.getCharacter());
        } catch (BadLocationException e) {
            return -1;
        }
    }

    public static int start(IDocument document, DocumentSymbol s) {
        return offset(document, s.getRange().getStart());
    }

    public static int end(IDocument document, DocumentSymbol s) {
        return offset(document, s.getRange().getEnd());
    }

    /** The innermost symbol whose range holds {@code offset}, or null. */
    public static DocumentSymbol innermost(IDocument document, List<DocumentSymbol> symbols, int offset) {
        for (DocumentSymbol s : symbols) {
            if (start(document, s) <= offset && offset <= end(document, s)) {
                DocumentSymbol inner = s.getChildren() == null ? null : innermost(document, s.getChildren(), offset);
                return inner != null ? inner : s;
            }
        }
        return null;
    }
}
